import type { Nuclear } from '../../schema/nuclear';
import type { ChartImplementation } from '../defineChart';
import { buildNuclearFigure, type NuclearPlot } from './nuclearModel';
import { NuclearPlot as PlotView } from './NuclearPlot';

export const implementation: ChartImplementation<{ nuclear: Nuclear }, NuclearPlot> = {
  build: ({ nuclear }, { sources, size, selection, lang, translateQuote }) =>
    buildNuclearFigure(nuclear, sources, size, selection, lang ?? 'en', translateQuote),
  Plot: PlotView,
};

import type { Nuclear } from '../../schema/nuclear';
import type { ChartModule } from '../contract';
import { buildNuclearFigure, type NuclearPlot } from './nuclearModel';
import { NuclearPlot as PlotView } from './NuclearPlot';
import { en, type NuclearText } from './text';

export const nuclearModule: ChartModule<{ nuclear: Nuclear }, NuclearText, NuclearPlot> = {
  build: buildNuclearFigure,
  Plot: PlotView,
  en,
};

import type { Agreements } from '../../schema/agreements';
import type { ChartImplementation } from '../defineChart';
import { buildAgreementsFigure, type AgreementsPlot } from './agreementsModel';
import { AgreementsPlot as PlotView } from './AgreementsPlot';

export const implementation: ChartImplementation<{ agreements: Agreements }, AgreementsPlot> = {
  build: ({ agreements }, { sources, size, selection, lang }) =>
    buildAgreementsFigure(agreements, sources, size, selection, lang),
  Plot: PlotView,
};

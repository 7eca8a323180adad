import type { Agreements } from '../../schema/agreements';
import type { ChartImplementation } from '../defineChart';
import { buildAgreementsFigure, type AgreementsPlot } from './agreementsModel';
import { AgreementsPlot as PlotView } from './AgreementsPlot';

export const implementation: ChartImplementation<{ agreements: Agreements }, AgreementsPlot> = {
  build: ({ agreements }, { sources, size, selection }) =>
    buildAgreementsFigure(agreements, sources, size, selection),
  Plot: PlotView,
};

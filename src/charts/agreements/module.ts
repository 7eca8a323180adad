import type { Agreements } from '../../schema/agreements';
import type { ChartModule } from '../contract';
import { buildAgreementsFigure, type AgreementsPlot } from './agreementsModel';
import { AgreementsPlot as PlotView } from './AgreementsPlot';
import { en, type AgreementsText } from './text';

export const agreementsModule: ChartModule<
  { agreements: Agreements },
  AgreementsText,
  AgreementsPlot
> = {
  build: buildAgreementsFigure,
  Plot: PlotView,
  en,
};

import { layoutFrame, figureType } from '../../figure/frame';
import { formatPartialDate } from '../../i18n/format';
import type { Agreements } from '../../schema/agreements';
import type { ChartInput } from '../contract';
import { agreementsCitations, agreementsQuotes } from './agreementsCitations';
import { agreementsFrameText } from './agreementsFrameText';
import { agreementsMarks } from './agreementsMarks';
import { layoutAgreementsPlot, type PlotInput } from './agreementsPlotLayout';
import { summariseAgreements } from './agreementsSummary';
import { agreementsTable } from './agreementsTable';
import type { AgreementsFigure } from './agreementsTypes';
import type { AgreementsText } from './text';

export type {
  AgreementsFigure,
  AgreementsPlot,
  GroupColor,
  Pill,
  TextLine,
  ThemeBlock,
  Unit,
} from './agreementsTypes';
export { summariseAgreements };

export function buildAgreementsFigure({
  data: { agreements: a },
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<{ agreements: Agreements }, AgreementsText>): AgreementsFigure {
  const date = formatPartialDate(a.date, lang);
  const text = agreementsFrameText(a, t, date, sources);
  const plotInput: PlotInput = {
    a,
    t,
    lang,
    selection,
    scale: figureType(size),
  };
  // The plot's height depends on how the pills wrap, so the frame measures it at a trial width first.
  const frame = layoutFrame(
    text,
    size,
    (width) => layoutAgreementsPlot(plotInput, width, 0).height,
  );
  const plot = layoutAgreementsPlot(plotInput, frame.plot.width, frame.plot.height);
  return {
    text,
    frame,
    summary: summariseAgreements(a, t, lang),
    plot,
    marks: agreementsMarks({ a, t, lang, sources, date, origin: frame.plot }, plot),
    table: agreementsTable(a, t, lang, sources, date),
    citations: agreementsCitations(a),
    quotes: agreementsQuotes(a),
  };
}

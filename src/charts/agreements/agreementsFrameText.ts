import type { FrameText, LegendEntry } from '../../figure/frame';
import { sourcePublisher } from '../../i18n/sourceWords';
import type { Agreements } from '../../schema/agreements';
import type { SourceIndex } from '../../schema/sources';
import type { AgreementsText } from './text';

function legend(t: AgreementsText): LegendEntry[] {
  return [
    { key: 'named', label: t.legend.named, color: 'accent', symbols: ['swatch'] },
    { key: 'other', label: t.legend.other, color: 'axis', symbols: ['swatch'] },
  ];
}

/** The source line names the corroborating sources by their short name (before the first comma). */
function sourceLine(a: Agreements, t: AgreementsText, date: string, sources: SourceIndex): string {
  const corroborating = (a.total.corroboration ?? []).map((id) => sources.byId.get(id));
  return t.source(
    date,
    corroborating.filter((s) => s !== undefined).map((s) => sourcePublisher(s)),
  );
}

/** Title, subtitle, legend and source line around the plot. */
export function agreementsFrameText(
  a: Agreements,
  t: AgreementsText,
  date: string,
  sources: SourceIndex,
): FrameText {
  return {
    title: t.title(a.total.value, date, a.sectors.items.length),
    subtitle: t.subtitle,
    legend: legend(t),
    source: sourceLine(a, t, date, sources),
  };
}

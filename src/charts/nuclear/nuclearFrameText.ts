import type { FrameText } from '../../figure/frame';
import { formatPartialDate } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { sourcePublisher } from '../../i18n/sourceWords';
import type { Nuclear } from '../../schema/nuclear';
import type { SourceIndex } from '../../schema/sources';
import type { NuclearText } from './text';

/** The short names of the sources the plot draws on, each once; the article is credited apart. */
function plotSourceNames(n: Nuclear, sources: SourceIndex): string[] {
  return [
    ...new Set(
      [
        ...n.plants.flatMap((p) => [p.lead.source, p.site?.source]),
        ...n.steps.map((s) => s.source),
        n.fuel.uraniumWorldShare.source,
        n.fuel.fuelPlant.opened.source,
      ]
        .filter((id): id is string => id !== undefined && id !== 'article')
        .map((id) => sourcePublisher(sources.byId.get(id))),
    ),
  ];
}

/** Title, subtitle and source line. */
export function nuclearFrameText(
  n: Nuclear,
  t: NuclearText,
  lang: Language,
  sources: SourceIndex,
): FrameText {
  const cnnc = n.plants.filter((p) => p.lead.partner === 'cnnc').map((p) => p.ordinal);
  return {
    title: t.title(n.plannedPlants.label, cnnc),
    subtitle: t.subtitle,
    legend: [],
    source: t.source(
      formatPartialDate(sources.byId.get(n.plannedPlants.source)?.published ?? '2025', lang),
      plotSourceNames(n, sources),
    ),
  };
}

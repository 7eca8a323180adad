import type { Quote } from '../../figure/model';
import { citedSources } from '../../schema/citations';
import type { Nuclear } from '../../schema/nuclear';
import type { NuclearText } from './text';

/** The sources' own words behind the plan's range, each partner's role and the fuel supply. */
export function nuclearQuotes(n: Nuclear, t: NuclearText): Quote[] {
  return [
    { quote: n.plannedPlants.quote, sourceId: n.plannedPlants.source, supports: t.supportsRange },
    ...n.partners
      .filter((x) => x.quote)
      .map((x) => ({ quote: x.quote ?? '', sourceId: x.source, supports: t.supportsRole(x.name) })),
    {
      quote: n.fuel.supplier.quote,
      sourceId: n.fuel.supplier.source,
      supports: t.supportsFuel,
    },
  ];
}

/** The article first, then every source the data cites, each once. */
export function nuclearCitations(n: Nuclear): string[] {
  return [...new Set(['article', ...citedSources(n)])];
}

import type { Quote } from '../../figure/model';
import type { Agreements } from '../../schema/agreements';

/** The sources' own words behind the total, the sector list and the named agreements. */
export function agreementsQuotes(a: Agreements): Quote[] {
  const first = a.named[0];
  return [
    ...(a.total.quote
      ? [{ quote: a.total.quote, sourceId: a.total.source, supports: 'total of documents' }]
      : []),
    ...(a.sectors.quote
      ? [{ quote: a.sectors.quote, sourceId: a.sectors.source, supports: 'list of sectors' }]
      : []),
    ...(first?.quote
      ? [{ quote: first.quote, sourceId: first.source, supports: 'named agreements' }]
      : []),
  ];
}

/** Source ids, most important first, each once: the total's, then the sectors'. */
export function agreementsCitations(a: Agreements): string[] {
  const ids = [
    a.total.source,
    ...(a.total.corroboration ?? []),
    a.sectors.source,
    ...(a.sectors.corroboration ?? []),
  ];
  return [...new Set(ids)];
}

import type { DataTable, TableColumn } from '../../figure/model';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { describeSource } from '../../i18n/sourceWords';
import type { Agreements } from '../../schema/agreements';
import type { SourceIndex } from '../../schema/sources';
import { levelLabel, sectorsOfTheme } from './agreementsLookups';
import type { AgreementsText } from './text';

type Row = DataTable['rows'][number];

function columns(t: AgreementsText): TableColumn[] {
  return [
    { key: 'item', label: t.table.columns.item },
    { key: 'group', label: t.table.columns.group },
    { key: 'documents', label: t.table.columns.documents },
    { key: 'source', label: t.table.columns.source },
  ];
}

/**
 * Only the total and the named agreements have a count; the data has none per level or sector,
 * so those rows say it was not published rather than show a number.
 */
function rows(a: Agreements, t: AgreementsText, lang: Language, sources: SourceIndex): Row[] {
  const row = (id: string, item: string, group: string, documents: string, sourceId: string) => ({
    id,
    cells: { item, group, documents, source: describeSource(sources.byId.get(sourceId), lang) },
    sourceId,
  });
  const none = t.table.notPublished;
  return [
    row('total', t.table.allDocuments, '—', formatNumber(a.total.value, 0, lang), a.total.source),
    ...a.levels.items.map((l) =>
      row(`level-${l.id}`, l.label, t.table.level, none, a.levels.source),
    ),
    ...a.themes.flatMap((th) =>
      sectorsOfTheme(a, th.id).map((s) =>
        row(`sector-${s.id}`, s.label, th.label, none, a.sectors.source),
      ),
    ),
    ...a.named.map((nm) =>
      row(
        `named-${nm.id}`,
        nm.title,
        t.table.named(levelLabel(a, nm.level)),
        formatNumber(1, 0, lang),
        nm.source,
      ),
    ),
  ];
}

/** The figure as a table: the total, the levels, the sectors by theme, the named agreements. */
export function agreementsTable(
  a: Agreements,
  t: AgreementsText,
  lang: Language,
  sources: SourceIndex,
  date: string,
): DataTable {
  return { caption: t.table.caption(date), columns: columns(t), rows: rows(a, t, lang, sources) };
}

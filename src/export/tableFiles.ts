import type { DataTable } from '../figure/model';
import type { Language } from '../i18n/languages';
import type { SourceIndex } from '../schema/sources';

/** The CSV's own columns, in the file's language. */
const CSV_WORDS: Record<Language, { id: string; url: string; approximate: string }> = {
  en: { id: 'Source id', url: 'Source URL', approximate: 'Approximate' },
  ru: { id: 'Код источника', url: 'Ссылка на источник', approximate: 'Приблизительно' },
  kk: { id: 'Дереккөз коды', url: 'Дереккөз сілтемесі', approximate: 'Шамамен' },
  zh: { id: '来源编号', url: '来源链接', approximate: '约数' },
};

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A number cell as a spreadsheet reads it: digits and a decimal point, whatever the reader's
 * language wrote (`≈14,5` in Russian is 14.5, approximate). Anything else ("—") stays as it is.
 */
export function plainNumber(cell: string, lang: Language): { value: string; approximate: boolean } {
  const approximate = cell.includes('≈');
  let s = cell.replace(/[≈\s\u00a0\u202f]/g, '');
  s = lang === 'ru' || lang === 'kk' ? s.replace(',', '.') : s.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? { value: s, approximate } : { value: cell, approximate };
}

/**
 * The chart's numbers as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads
 * Cyrillic, Chinese and dashes right): number columns as plain numbers, an "approximate" column
 * where any number is, and each row's source id and link.
 */
export function tableToCsv(table: DataTable, sources: SourceIndex, lang: Language = 'en'): string {
  const words = CSV_WORDS[lang];
  const numeric = table.columns.filter((c) => c.numeric === true && c.key !== 'year');
  const header = [
    ...table.columns.map((c) => c.label),
    ...(numeric.length > 0 ? [words.approximate] : []),
    words.id,
    words.url,
  ];
  const rows = table.rows.map((r) => {
    const cells = table.columns.map((c) => {
      const cell = r.cells[c.key] ?? '';
      return c.numeric === true ? plainNumber(cell, lang) : { value: cell, approximate: false };
    });
    const approximate = cells.some((c) => c.approximate);
    return [
      ...cells.map((c) => c.value),
      ...(numeric.length > 0 ? [approximate ? 'true' : 'false'] : []),
      r.sourceId,
      sources.byId.get(r.sourceId)?.url ?? '',
    ];
  });
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON, with the full record of every source cited. */
export function tableToJson(
  table: DataTable,
  sources: SourceIndex,
  meta: Record<string, unknown>,
): string {
  const ids = [...new Set(table.rows.map((r) => r.sourceId))];
  return `${JSON.stringify(
    {
      ...meta,
      columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
      rows: table.rows.map((r) => ({ ...r.cells, source: r.sourceId })),
      sources: ids.map((id) => sources.byId.get(id)).filter((s) => s !== undefined),
    },
    null,
    2,
  )}\n`;
}

import type { DataTable } from '../figure/model';
import type { Language } from '../i18n/languages';
import { describeSource } from '../i18n/sourceWords';
import type { SourceIndex } from '../schema/sources';
import type { FigureMetadata } from './metadata';
import { plainNumber } from './tableFiles';
import { writeWorkbook, type SheetCell, type SheetValue } from './xlsxWriter';

const WORDS: Record<
  Language,
  {
    data: string;
    sources: string;
    id: string;
    url: string;
    approximate: string;
    citation: string;
    quote: string;
  }
> = {
  en: {
    data: 'Data',
    sources: 'Sources',
    id: 'Source id',
    url: 'Source URL',
    approximate: 'Approximate',
    citation: 'Source',
    quote: 'Quote',
  },
  ru: {
    data: 'Данные',
    sources: 'Источники',
    id: 'Код источника',
    url: 'Ссылка на источник',
    approximate: 'Приблизительно',
    citation: 'Источник',
    quote: 'Цитата',
  },
  kk: {
    data: 'Деректер',
    sources: 'Дереккөздер',
    id: 'Дереккөз коды',
    url: 'Дереккөз сілтемесі',
    approximate: 'Шамамен',
    citation: 'Дереккөз',
    quote: 'Дәйексөз',
  },
  zh: {
    data: '数据',
    sources: '来源',
    id: '来源编号',
    url: '来源链接',
    approximate: '约数',
    citation: '来源',
    quote: '引文',
  },
};

/** The fill that marks an approximate number, as the page marks it with "≈". */
const APPROXIMATE_FILL = 'FFFFF2CC';

/**
 * The chart's numbers as an Excel workbook: a data sheet with typed number cells (approximate
 * ones shaded, noted and flagged in their own column) and a sources sheet with every source the
 * rows cite.
 */
export function xlsxFile(
  table: DataTable,
  sources: SourceIndex,
  lang: Language,
  metadata: FigureMetadata,
): Uint8Array<ArrayBuffer> {
  const words = WORDS[lang];
  const numeric = table.columns.some((c) => c.numeric === true && c.key !== 'year');
  const headers = [
    ...table.columns.map((c) => c.label),
    ...(numeric ? [words.approximate] : []),
    words.id,
    words.url,
  ];
  const linkTo = (url: string | undefined): SheetValue => (url ? { text: url, href: url } : '');
  const rows = table.rows.map((r) => {
    let approximate = false;
    const cells = table.columns.map((c): SheetCell => {
      const text = r.cells[c.key] ?? '';
      if (c.numeric !== true) return { value: text };
      const n = plainNumber(text, lang);
      approximate ||= n.approximate;
      const value = /^-?\d+(\.\d+)?$/.test(n.value) ? Number(n.value) : text;
      return n.approximate ? { value, fill: APPROXIMATE_FILL, note: words.approximate } : { value };
    });
    return [
      ...cells,
      ...(numeric ? [approximate] : []),
      r.sourceId,
      linkTo(sources.byId.get(r.sourceId)?.url),
    ];
  });
  const cited = [...new Set(table.rows.map((r) => r.sourceId))];
  return writeWorkbook(
    [
      {
        name: words.data,
        rows: [headers, ...rows],
        widths: headers.map((h) => Math.min(60, Math.max(10, h.length + 2))),
      },
      {
        name: words.sources,
        rows: [
          [words.id, words.citation, words.url, words.quote],
          ...cited.map((id) => {
            const s = sources.byId.get(id);
            return [id, describeSource(s, lang), linkTo(s?.url), s?.quote ?? ''];
          }),
        ],
        widths: [28, 44, 60, 80],
      },
    ],
    {
      title: metadata.title,
      subject: metadata.summary,
      creator: 'Kazakhstan–China Ties',
      keywords: metadata.url,
      created: metadata.exported,
    },
  );
}

import type { DataTable } from '../figure/model';
import type { Language } from '../i18n/languages';
import { describeSource } from '../i18n/sourceWords';
import type { SourceIndex } from '../schema/sources';
import type { FigureMetadata } from './metadata';
import { plainNumber } from './tableFiles';

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
 * rows cite. The workbook library is loaded only when a workbook is asked for.
 */
export async function xlsxFile(
  table: DataTable,
  sources: SourceIndex,
  lang: Language,
  metadata: FigureMetadata,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const words = WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.title = metadata.title;
  book.subject = metadata.summary;
  book.creator = 'Kazakhstan–China Ties';
  book.keywords = metadata.url;
  book.created = new Date(`${metadata.exported}T00:00:00Z`);

  const sheet = book.addWorksheet(words.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  const numeric = table.columns.some((c) => c.numeric === true && c.key !== 'year');
  const headers = [
    ...table.columns.map((c) => c.label),
    ...(numeric ? [words.approximate] : []),
    words.id,
    words.url,
  ];
  sheet.addRow(headers).font = { bold: true };
  for (const r of table.rows) {
    let approximate = false;
    const cells = table.columns.map((c) => {
      const text = r.cells[c.key] ?? '';
      if (c.numeric !== true) return { value: text, approximate: false };
      const n = plainNumber(text, lang);
      approximate ||= n.approximate;
      const value = /^-?\d+(\.\d+)?$/.test(n.value) ? Number(n.value) : text;
      return { value, approximate: n.approximate };
    });
    const url = sources.byId.get(r.sourceId)?.url ?? '';
    const row = sheet.addRow([
      ...cells.map((c) => c.value),
      ...(numeric ? [approximate] : []),
      r.sourceId,
      url ? { text: url, hyperlink: url } : '',
    ]);
    cells.forEach((c, i) => {
      if (!c.approximate) return;
      const cell = row.getCell(i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: APPROXIMATE_FILL } };
      cell.note = words.approximate;
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, (headers[i] ?? '').length + 2));
  });

  const cited = [...new Set(table.rows.map((r) => r.sourceId))];
  const list = book.addWorksheet(words.sources, { views: [{ state: 'frozen', ySplit: 1 }] });
  list.addRow([words.id, words.citation, words.url, words.quote]).font = { bold: true };
  for (const id of cited) {
    const s = sources.byId.get(id);
    list.addRow([
      id,
      describeSource(s, lang),
      s?.url ? { text: s.url, hyperlink: s.url } : '',
      s?.quote ?? '',
    ]);
  }
  list.columns = [{ width: 28 }, { width: 44 }, { width: 60 }, { width: 80 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

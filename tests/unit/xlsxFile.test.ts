import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxFile } from '../../src/export/xlsxFile';
import { composedOf, SOURCES } from '../helpers/charts';

const META = {
  title: 'Trade',
  summary: 'Summary',
  chart: 'trade',
  url: 'https://example.org/ru/chart/trade',
  exported: '2026-11-30',
  sources: [],
};

async function workbook(lang: 'ru' | 'zh') {
  const { model } = composedOf('trade', { lang, size: { width: 960 } });
  const bytes = xlsxFile(model.table, SOURCES, lang, META);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer);
  return { model, bytes, book };
}

describe('Excel workbook', () => {
  it('has a data sheet of typed numbers and a sources sheet, named in the file’s language', async () => {
    const { model, bytes, book } = await workbook('ru');
    expect(book.worksheets.map((w) => w.name)).toEqual(['Данные', 'Источники']);
    const data = book.getWorksheet('Данные');
    if (!data) throw new Error('no data sheet');
    expect(data.rowCount).toBe(model.table.rows.length + 1);
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Приблизительно');
    // Every value column holds numbers, not text: the sheet's XML writes them untyped (<v>14.5</v>).
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheetXml).toMatch(/<c r="[A-Z]+\d+"( s="\d+")?><v>14\.5<\/v><\/c>/);
    const numbers = data
      .getSheetValues()
      .slice(2)
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((v) => typeof v === 'number');
    expect(numbers.length).toBeGreaterThanOrEqual(model.table.rows.length);
  });

  it('flags approximate values: shaded, noted, and true in their own column', async () => {
    const { book } = await workbook('ru');
    const data = book.getWorksheet('Данные');
    if (!data) throw new Error('no data sheet');
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const flag = header.indexOf('Приблизительно') + 1;
    const flagged: number[] = [];
    data.eachRow((row, n) => {
      if (n > 1 && row.getCell(flag).value === true) flagged.push(n);
    });
    expect(flagged.length).toBeGreaterThan(0);
    const row = data.getRow(flagged[0] ?? 0);
    const shaded = (row.values as unknown[])
      .map((_, i) => row.getCell(i))
      .filter((c) => Boolean(c.note));
    expect(shaded.length).toBeGreaterThan(0);
    expect(shaded.every((c) => typeof c.value === 'number')).toBe(true);
  });

  it('lists each cited source once, with its link', async () => {
    const { model, book } = await workbook('zh');
    const list = book.getWorksheet('来源');
    if (!list) throw new Error('no sources sheet');
    const ids = new Set(model.table.rows.map((r) => r.sourceId));
    expect(list.rowCount).toBe(ids.size + 1);
    const urls: unknown[] = [];
    list.eachRow((row, n) => {
      if (n > 1) urls.push(row.getCell(3).value);
    });
    expect(
      urls.filter((u) => typeof u === 'object' && u !== null && 'hyperlink' in u).length,
    ).toBeGreaterThan(0);
  });
});

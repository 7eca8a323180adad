import { describe, expect, it } from 'vitest';
import { plainNumber, tableToCsv } from '../../src/export/tableFiles';
import { composedOf, SOURCES } from '../helpers/charts';
import { parseCsv } from '../helpers/csv';

describe('CSV', () => {
  it('starts with a byte-order mark and names its columns in the file’s language', () => {
    const { model } = composedOf('trade', { lang: 'ru', size: { width: 960 } });
    const csv = tableToCsv(model.table, SOURCES, 'ru');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header] = parseCsv(csv.slice(1));
    expect(header).toContain('Код источника');
    expect(header).toContain('Приблизительно');
  });

  it('writes numbers as plain numbers, with approximate values flagged in their own column', () => {
    const { model } = composedOf('trade', { lang: 'ru', size: { width: 960 } });
    const [header = [], ...rows] = parseCsv(tableToCsv(model.table, SOURCES, 'ru').slice(1));
    // The CSV keeps the table's columns in order, then its own.
    const value = model.table.columns.findIndex((c) => c.key === 'value');
    const year = model.table.columns.findIndex((c) => c.key === 'year');
    const approx = header.indexOf('Приблизительно');
    const kz2019 = rows.find((r) => r[year] === '2019' && r[value] === '14.5');
    expect(kz2019?.[approx]).toBe('true');
    expect(rows.find((r) => r[value] === '43.82')?.[approx]).toBe('false');
    for (const r of rows) expect(Number(r[value])).not.toBeNaN();
    // Every row has as many cells as the header.
    for (const r of rows) expect(r).toHaveLength(header.length);
  });

  it('reads each language’s way of writing a number', () => {
    expect(plainNumber('≈14,5', 'ru')).toEqual({ value: '14.5', approximate: true });
    expect(plainNumber('1\u00a0234,5', 'kk')).toEqual({ value: '1234.5', approximate: false });
    expect(plainNumber('1,234.5', 'en')).toEqual({ value: '1234.5', approximate: false });
    expect(plainNumber('—', 'en')).toEqual({ value: '—', approximate: false });
  });
});

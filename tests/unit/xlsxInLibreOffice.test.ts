// The Excel workbooks as a spreadsheet program reads them: written by `npm run export`, opened
// by LibreOffice Calc (soffice --headless, a program apart from the library that writes them),
// and saved sheet by sheet as CSV. CI installs Calc from Debian.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedOf } from '../helpers/charts';
import { parseCsv } from '../helpers/csv';
import { convertWithLibreOffice } from '../helpers/libreOffice';

const dir = mkdtempSync(join(tmpdir(), 'kzcn-xlsx-'));

/** Comma-separated, double-quoted, UTF-8 (76), every sheet to its own file (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function rows(file: string): string[][] {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

beforeAll(() => {
  for (const [chart, lang] of [
    ['trade', 'ru'],
    ['milestones', 'zh'],
  ]) {
    execFileSync(
      'node',
      [
        'src/build/run.mjs',
        'export',
        '--chart',
        chart ?? '',
        '--lang',
        lang ?? '',
        '--format',
        'xlsx',
        '--out',
        dir,
      ],
      { stdio: 'pipe' },
    );
  }
  const books = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
  convertWithLibreOffice(dir, books, CSV_FILTER);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Excel workbooks in LibreOffice Calc', () => {
  it('reads the Russian trade figures as numbers, the approximate ones flagged true', () => {
    const [header, ...data] = rows('kzcn-trade-ru-Данные.csv');
    const { model } = composedOf('trade', { lang: 'ru', size: { width: 960 } });
    expect(data).toHaveLength(model.table.rows.length);
    const value = header?.indexOf('Товарооборот (млрд долларов США)') ?? -1;
    const approximate = header?.indexOf('Приблизительно') ?? -1;
    expect(value).toBeGreaterThan(0);
    expect(approximate).toBeGreaterThan(0);
    // Unquoted in Calc's CSV: a number cell, not text (a text cell with "≈" would be quoted text).
    for (const row of data) expect(row[value] ?? '').toMatch(/^\d+(\.\d+)?$/);
    const flags = data.map((row) => row[approximate]);
    expect(flags.every((f) => f === 'TRUE' || f === 'FALSE')).toBe(true);
    const nearly = data.find((row) => row[0] === '2019');
    expect(nearly?.[value]).toBe('14.5');
    expect(nearly?.[approximate]).toBe('TRUE');
    // As many as the chart's own table marks with "≈".
    const marked = model.table.rows.filter((r) =>
      Object.values(r.cells).some((c) => c.includes('≈')),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(flags.filter((f) => f === 'TRUE')).toHaveLength(marked.length);
  });

  it('names the sheets and keeps every word in the workbook’s language', () => {
    const [header, ...events] = rows('kzcn-milestones-zh-数据.csv');
    expect(header?.[0]).toBe('日期');
    expect(events).toHaveLength(22);
    expect(events[0]?.[0]).toBe('1992年1月3日');
    expect(events[0]?.[2]).toBe('两国建立外交关系');
    const [sourceHeader, ...sources] = rows('kzcn-milestones-zh-来源.csv');
    expect(sourceHeader?.[0]).toBe('来源编号');
    // Each source once, with its address.
    const ids = sources.map((s) => s[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sources.every((s) => /^https?:\/\//.test(s[2] ?? ''))).toBe(true);
  });
});

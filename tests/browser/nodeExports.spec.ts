import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHART_IDS, type ChartId } from '../../src/charts/registry';
import type { ExportOptions } from '../../src/export/options';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { localizedPath } from '../../src/state/localePaths';
import { expect, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');

/** The share of pixels that differ between two PNGs of one size (anti-aliasing tolerated). */
function differing(a: Buffer, b: Buffer, threshold = 0.1): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  expect([y.width, y.height]).toEqual([x.width, x.height]);
  const diff = pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold });
  return diff / (x.width * x.height);
}

/** A file from the chart's Export menu, in the page's language, with these options. */
async function browserExport(
  page: Page,
  id: ChartId,
  lang: Language,
  options: Partial<ExportOptions>,
  format: 'PNG' | 'SVG',
): Promise<Buffer> {
  await page.addInitScript((o) => {
    window.localStorage.setItem('kzcn-export-options', JSON.stringify(o));
  }, options);
  await page.goto(localizedPath(`/chart/${id}`, lang));
  const card = page.locator(`[data-chart-card="${id}"]`);
  await card.locator('.export-menu > button').click();
  const downloading = page.waitForEvent('download');
  await card.locator('.export-formats').getByRole('button', { name: format, exact: true }).click();
  return readFileSync(await (await downloading).path());
}

function exportCli(args: string[]) {
  return spawnSync('node', ['src/build/run.mjs', 'export', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** The size the build bakes its images at (IMAGE in src/node/site/pageHead.ts). */
const IMAGE_OPTIONS = {
  size: 'custom',
  width: 1200,
  height: 675,
  scale: 1,
  theme: 'light',
} as const;

// The baked images are in 256 colours (see palettePng): the same drawing, its edges' shades pooled.
test('the baked images match Chromium’s exports of the same figures', async ({ page }) => {
  test.setTimeout(300_000);
  for (const lang of LANGUAGES) {
    for (const id of CHART_IDS) {
      const baked = readFileSync(resolve(root, `dist/images/${lang}/${id}.png`));
      const chromium = await browserExport(page, id, lang, IMAGE_OPTIONS, 'PNG');
      // At one pixel a unit, text edges (each renderer's own anti-aliasing, and the baked image's
      // pooled shades) are a larger share of the picture than at two: a shade's small difference
      // is let pass (threshold 0.25), a missing or moved mark or word is not.
      expect(differing(baked, chromium, 0.25), `${lang}/${id}`).toBeLessThanOrEqual(0.02);
    }
  }
});

test.describe('npm run export', () => {
  let out = '';
  test.beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'kzcn-export-'));
  });
  test.afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  test('writes the Export menu’s files: the same drawing as the browser’s', async ({ page }) => {
    test.setTimeout(180_000);
    const run = exportCli([
      '--chart',
      'trade,map',
      '--lang',
      'ru',
      '--format',
      'png,svg,pdf,pptx,csv,xlsx,json',
      '--size',
      '1920x1080',
      '--theme',
      'dark',
      '--out',
      out,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(
      ['trade', 'map']
        .flatMap((id) =>
          ['csv', 'json', 'pdf', 'png', 'pptx', 'svg', 'xlsx'].map((f) => `kzcn-${id}-ru.${f}`),
        )
        .sort(),
    );
    const options = { size: 'custom', width: 1920, height: 1080, scale: 2, theme: 'dark' } as const;
    const withoutMetadata = (svg: string) => svg.replace(/<metadata[\s\S]*?<\/metadata>/, '');
    for (const id of ['trade', 'map'] as const) {
      const svg = (await browserExport(page, id, 'ru', options, 'SVG')).toString('utf8');
      const cli = readFileSync(join(out, `kzcn-${id}-ru.svg`), 'utf8');
      // Identical drawing: only the export date and the view's address (metadata) differ.
      expect(withoutMetadata(cli)).toBe(withoutMetadata(svg));
      expect(cli).toContain('"url":"/ru/chart/' + id + '"');
      const png = await browserExport(page, id, 'ru', options, 'PNG');
      const cliPng = readFileSync(join(out, `kzcn-${id}-ru.png`));
      expect(differing(cliPng, png), id).toBeLessThanOrEqual(0.02);
    }
    expect(readFileSync(join(out, 'kzcn-trade-ru.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out, 'kzcn-map-ru.pptx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, 'kzcn-trade-ru.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('refuses a bad argument with one line, status 2, and writes nothing', () => {
    const target = join(out, 'refused');
    for (const [args, says] of [
      [
        ['--chart', 'pie'],
        /^export: --chart "pie" is not one of: trade, agreements, nuclear, map, milestones, all\n$/,
      ],
      [
        ['--format', 'gif'],
        /^export: --format "gif" is not one of: png, svg, pdf, pptx, csv, xlsx, json, all\n$/,
      ],
      [
        ['--size', 'huge'],
        /^export: --size width "huge" must be a whole number of px from 280 to 8192\n$/,
      ],
      [['--lang', 'fr'], /^export: --lang "fr" is not one of: en, ru, kk, zh, all\n$/],
      [['--colour', 'red'], /^export: --colour is not an option/],
    ] as const) {
      const run = exportCli([...args, '--out', target]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(says);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(target)).toBe(false);
    }
  });
});

import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test, waitForFigure } from './fixtures';

const KB = 1024;
/** All the JavaScript the first view of the dashboard loads, gzip. */
const FIRST_VIEW_JS_BUDGET = 125 * KB;
const MAP_GEOMETRY_BUDGET = 40 * KB;

/** Code that only a reader's action (or a chart they scroll to) may load. */
const ON_DEMAND =
  /\/assets\/(pdf|deck|handout|xlsxFile|exceljs|html2canvas|purify|index\.es|exportChart|ExportPanel|ExportAllPanel|EmbedDialog|AboutData|DataTableView|chinese-fonts)-/;

interface Loaded {
  url: string;
  type: string;
  gzip: number;
}

/** Every response of the page until it has drawn its first figure and the network is quiet. */
async function firstView(page: Page, path = '/'): Promise<Loaded[]> {
  const loads: Promise<Loaded>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    loads.push(
      response
        .body()
        .then((body) => ({ url: response.url(), type, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: response.url(), type, gzip: 0 })),
    );
  });
  await page.goto(path);
  // The page arrives with its figures drawn: the first view is everything loaded until quiet.
  await expect(page.locator('[data-chart-card] svg[data-chart]:visible').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return Promise.all(loads);
}

// Bytes are deterministic for a build, so the budget is asserted here; times are in `npm run bench`.
const VIEWS = [
  ['/', 'phone', { width: 390, height: 844 }],
  ['/', 'laptop', { width: 1280, height: 800 }],
  ...['/', '/ru/', '/chart/map'].flatMap((path) => [
    [path, 'tall laptop', { width: 1280, height: 1200 }] as const,
    [path, 'projector', { width: 1920, height: 1080 }] as const,
  ]),
] as const;

for (const [path, name, viewport] of VIEWS) {
  test(`first view of ${path} on a ${name} loads at most 125 KB of JavaScript, gzip`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const loaded = await firstView(page, path);
    const scripts = loaded.filter((l) => l.type === 'script');
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const list = scripts.map((s) => `${s.url.replace(/.*\//, '')} ${(s.gzip / KB).toFixed(1)}`);
    expect(total, `first-view JavaScript (gzip):\n${list.join('\n')}`).toBeLessThanOrEqual(
      FIRST_VIEW_JS_BUDGET,
    );
    // The exporters, dialogs, tables and the map's geometry wait to be asked for.
    expect(scripts.map((s) => s.url).filter((u) => ON_DEMAND.test(u))).toEqual([]);
    expect(loaded.map((l) => l.url).filter((u) => u.includes('/geo/'))).toEqual([]);
  });
}

test('the map geometry is at most 40 KB gzip and loads when the reader reaches for the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstView(page);
  const geometry = page.waitForResponse((r) => r.url().endsWith('/geo/region.json'));
  await page.locator('[data-chart-card="map"]').scrollIntoViewIfNeeded();
  await page.locator('[data-chart-card="map"] .chart-card-head').hover();
  const body = await (await geometry).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(MAP_GEOMETRY_BUDGET);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toBeVisible();
});

test('the exporter loads only when the Export menu opens', async ({ page }) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  await page.waitForLoadState('networkidle');
  const exporter = page.waitForResponse((r) => r.url().includes('/assets/ExportPanel-'));
  await page.getByRole('button', { name: /^Export/ }).click();
  await exporter;
  await expect(page.getByRole('group', { name: 'Download as' })).toBeVisible();
});

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pngSize, readTextChunks } from '../../src/export/pngText';
import { CHART_IDS, expect, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const file = resolve(root, 'dist-single/index.html');
const url = pathToFileURL(file).href;

test.beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--mode', 'single'], { cwd: root, stdio: 'ignore' });
});

test('the single file opens from disk with no network: every chart, every route, a PNG', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  expect(statSync(file).isFile()).toBe(true);
  const html = readFileSync(file, 'utf8');
  const markup = html.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '');
  expect(markup).not.toMatch(/<script[^>]+src=/);
  expect(markup).not.toMatch(/<link[^>]+stylesheet/);
  expect(html.length).toBeGreaterThan(500_000);

  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (/^(file|data|blob):/.test(target)) return route.continue();
    outside.push(target);
    return route.abort('internetdisconnected');
  });

  await page.goto(url);
  for (const id of CHART_IDS) {
    await page.locator(`[data-chart-card="${id}"]`).scrollIntoViewIfNeeded();
    await expect(
      page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`),
    ).toBeVisible();
  }
  // Links inside stay inside the file: routes live in the hash.
  await page.locator('[data-chart-card="map"]').getByRole('link', { name: /^Open/ }).click();
  await expect(page).toHaveURL(/index\.html#\/chart\/map$/);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toBeVisible();

  await page.goto(`${url}#/chart/trade?year=2023`);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]')).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Download as' })
    .getByRole('button', { name: 'PNG', exact: true })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kzcn-trade-en.png');
  const png = new Uint8Array(readFileSync(await download.path()));
  const svgWidth = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="trade"]')
    .evaluate((svg) => Number(svg.getAttribute('width')));
  expect(pngSize(png).width).toBe(svgWidth * 2);
  expect(readTextChunks(png).URL).toContain('#/chart/trade?year=2023');

  await page.goto(`${url}#/present/2`);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/present\/3$/);
  await page.goto(`${url}#/embed/nuclear?theme=dark`);
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);

  expect(outside).toEqual([]);
});

test('the single file reads Chinese in its own font, once, in the page, the PNG and the PDF', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // The figure font cut to what the file shows, once, as WOFF: the whole file within 3 MB.
  expect(statSync(file).size).toBeLessThanOrEqual(3_000_000);
  await context.route(/^https?:/, (route) => route.abort('internetdisconnected'));

  await page.goto(`${url}#/zh/chart/nuclear`);
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const chinese = [...document.fonts].filter((f) => f.family.includes('Noto Sans SC'));
        // Both weights, each drawn from the data the file carries.
        return chinese.filter((f) => f.status === 'loaded').length;
      }),
    )
    .toBe(2);
  await page.getByRole('button', { name: /^导出/ }).click();
  for (const [format, name] of [
    ['PNG', 'kzcn-nuclear-zh.png'],
    ['PDF', 'kzcn-nuclear-zh.pdf'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: format, exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(name);
    const bytes = readFileSync(await download.path());
    if (format === 'PNG') {
      expect(pngSize(new Uint8Array(bytes)).width).toBeGreaterThan(1000);
      continue;
    }
    // The PDF's Chinese is text in embedded faces: it extracts, from fonts the file carries.
    const path = await download.path();
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('核电站');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/Identity-H\s+yes/);
  }
});

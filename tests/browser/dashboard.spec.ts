import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForFigure } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const trade = JSON.parse(readFileSync(resolve(root, 'data/trade.json'), 'utf8')) as {
  series: { id: string; points: { year: number; value: number }[] }[];
};
const pointCount = trade.series.reduce((n, s) => n + s.points.length, 0);

test('the dashboard loads and draws the trade figure', async ({ page }) => {
  await page.goto('/');
  await waitForFigure(page, 'trade');
  await expect(page).toHaveTitle('Kazakhstan–China Ties');
  const svg = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('title')).toHaveText(/record \$44 billion in 2024/);
  await expect(svg.locator('desc')).toContainText('China customs recorded');
  await expect(svg.locator('[data-series] [data-mark]')).toHaveCount(pointCount);

  // Marks sit where the data puts them: a higher value is drawn higher.
  const ys = await svg
    .locator('[data-series="cn-customs"] [data-mark]')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  const values = trade.series.find((s) => s.id === 'cn-customs')?.points.map((p) => p.value) ?? [];
  for (let i = 1; i < ys.length; i++) {
    expect(Math.sign((ys[i - 1] ?? 0) - (ys[i] ?? 0))).toBe(
      Math.sign((values[i] ?? 0) - (values[i - 1] ?? 0)),
    );
  }
});

test('the data files are served as static JSON, not bundled', async ({ request }) => {
  for (const file of ['sources', 'trade', 'agreements', 'nuclear', 'places', 'milestones']) {
    const res = await request.get(`/data/${file}.json`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
  }
  expect((await request.get('/data/nothing-here.json')).status()).toBe(404);
});

test('the chart page renders at /chart/trade, and an unknown chart says so', async ({ page }) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  await expect(page.getByRole('heading', { level: 1, name: 'Trade' })).toBeVisible();
  await expect(page).toHaveTitle('Trade · Kazakhstan–China Ties');

  await page.goto('/chart/nope');
  await expect(page.getByText('There is no chart called “nope”.')).toBeVisible();
  await page.getByRole('link', { name: 'Trade' }).first().click();
  await waitForFigure(page, 'trade');
});

test('keyboard reaches the marks and shows their tooltips', async ({ page }) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const first = page.locator('.mark-target[tabindex="0"]');
  await first.focus();
  await expect(page.getByRole('tooltip')).toContainText('Source:');
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(focused).toMatch(/^China customs, 2021: \$25\.25 billion/);
  await expect(page.getByRole('tooltip')).toContainText('China customs, 2021');
  // Tab leaves the chart in one step: marks are one stop, not twenty.
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => document.activeElement?.className ?? '');
  expect(after).not.toContain('mark-target');
});

test('the pointer shows the nearest mark', async ({ page }) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const box = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="trade"] [data-mark="kz-stats-2022"]')
    .boundingBox();
  if (!box) throw new Error('no mark');
  await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2 - 2);
  await expect(page.getByRole('tooltip')).toContainText('Kazakhstan statistics, 2022');
  await expect(page.getByRole('tooltip')).toContainText('$24.1 billion');
});

test('?theme=dark overrides the system and the switch changes it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?theme=dark');
  await waitForFigure(page, 'trade');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="trade"] > rect')
    .first()
    .getAttribute('fill');
  expect(bg).toBe('#15191e');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a hostile theme parameter is ignored', async ({ page }) => {
  await page.goto('/?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await waitForFigure(page, 'trade');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
});

test('no horizontal scrolling on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForFigure(page, 'trade');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const svgWidth = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="trade"]')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(svgWidth).toBeLessThanOrEqual(360);
});

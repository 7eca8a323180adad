import type { Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { localizedPath } from '../../src/state/localePaths';
import { expect, test, waitForFigure } from './fixtures';

// A built page answers before its code arrives: a built mark's tooltip from the start-up script
// (src/app/boot/early.ts), the same words the live figure shows; the live figure takes over.

const MARK = 'cn-customs-2023';
const builtMark = (page: Page) =>
  page.locator(`[data-chart-card="trade"] .built-marks [data-mark-id="${MARK}"]`);
const tooltip = (page: Page) => page.locator('[data-chart-card="trade"] [role="tooltip"].tooltip');

/** No code but the start-up scripts: the page as it is before its own code has arrived. */
async function withoutAppCode(page: Page): Promise<void> {
  await page.route(/\/assets\/(?!early-)[^/]+\.js$/, (route) => route.abort());
}

/** The live figure's tooltip for the mark, in `lang`. */
async function liveTooltip(page: Page, lang: Language): Promise<string> {
  await page.goto(localizedPath('/', lang));
  await waitForFigure(page, 'trade');
  await page
    .locator(`[data-chart-card="trade"] .mark-layer:not(.built-marks) [data-mark-id="${MARK}"]`)
    .hover();
  await expect(tooltip(page)).toBeVisible();
  return (await tooltip(page).innerText()).trim();
}

async function insideWindow(page: Page): Promise<void> {
  const box = await tooltip(page).boundingBox();
  const size = page.viewportSize();
  expect(box && size).toBeTruthy();
  if (!box || !size) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
}

test.describe('before the page’s code', () => {
  test.use({
    waitForApp: false,
    // The app's scripts are refused on purpose here.
    expectedConsole: [/Failed to load|net::ERR_FAILED|dynamically imported module/],
  });

  for (const lang of LANGUAGES) {
    test(`${lang}: pointing at a built mark shows the live figure’s tooltip, inside the window`, async ({
      page,
      browser,
    }) => {
      const live = await browser.newPage();
      const expected = await liveTooltip(live, lang);
      await live.close();
      await withoutAppCode(page);
      await page.goto(localizedPath('/', lang), { waitUntil: 'load' });
      await builtMark(page).hover();
      await expect(tooltip(page)).toBeVisible();
      expect((await tooltip(page).innerText()).trim()).toBe(expected);
      await insideWindow(page);
      // The pointer leaves the chart: the tooltip goes.
      await page.mouse.move(2, 2);
      await expect(tooltip(page)).toHaveCount(0);
    });
  }

  test('a tap shows the tooltip and offers to highlight; a tap elsewhere closes it', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await withoutAppCode(page);
    await page.goto('/', { waitUntil: 'load' });
    await builtMark(page).scrollIntoViewIfNeeded();
    await builtMark(page).tap();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toHaveClass(/touch/);
    await expect(tooltip(page).getByRole('button')).toHaveText('Highlight across charts');
    await insideWindow(page);
    await page.locator('h1').tap();
    await expect(tooltip(page)).toHaveCount(0);
    await context.close();
  });

  test('the keyboard reaches the marks: Tab, the arrow keys, Escape', async ({ page }) => {
    await withoutAppCode(page);
    await page.goto('/', { waitUntil: 'load' });
    const focusedMark = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-mark-id') ?? null);
    for (let i = 0; i < 40 && (await focusedMark()) === null; i++) await page.keyboard.press('Tab');
    const first = await focusedMark();
    expect(first).not.toBeNull();
    await expect(tooltip(page)).toBeVisible();
    const describedBy = await page.evaluate(() =>
      document.activeElement?.getAttribute('aria-describedby'),
    );
    expect(await tooltip(page).getAttribute('id')).toBe(describedBy);
    await page.keyboard.press('ArrowRight');
    expect(await focusedMark()).not.toBe(first);
    await expect(tooltip(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toHaveCount(0);
  });

  test('the language and theme choices work before the page is the app’s', async ({ page }) => {
    await withoutAppCode(page);
    await page.goto('/', { waitUntil: 'load' });
    await page.locator('select[name="theme"]').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('kzcn-theme'))).toBe('dark');
    await page.locator('select[name="lang"]').selectOption('kk');
    await expect(page).toHaveURL(/\/kk\/$/);
  });
});

test.describe('as the code arrives', () => {
  test.use({ waitForApp: false });

  /** Holds the charts' own code back a while: the page is the app's, its figures still built. */
  async function slowChartCode(page: Page): Promise<() => void> {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/(?!(early|app|index|rolldown)-)[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test('the live figure takes the tooltip over without a frame without it', async ({ page }) => {
    const release = await slowChartCode(page);
    await page.goto('/', { waitUntil: 'load' });
    await builtMark(page).hover();
    await expect(tooltip(page)).toBeVisible();
    // Every frame from here on: is a tooltip on screen?
    await page.evaluate(() => {
      const w = window as unknown as { kzcnFrames: boolean[] };
      w.kzcnFrames = [];
      const look = () => {
        w.kzcnFrames.push(
          document.querySelector('[data-chart-card="trade"] [role="tooltip"].tooltip') !== null,
        );
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    release();
    await expect(
      page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]'),
    ).toBeVisible();
    await page.waitForTimeout(300);
    const frames = await page.evaluate(
      () => (window as unknown as { kzcnFrames: boolean[] }).kzcnFrames,
    );
    expect(frames.length).toBeGreaterThan(5);
    expect(frames.every(Boolean)).toBe(true);
    await expect(tooltip(page)).toContainText('2023');
  });

  test('a click made before the figure is live highlights once it is', async ({ page }) => {
    const release = await slowChartCode(page);
    await page.goto('/', { waitUntil: 'load' });
    await builtMark(page).click();
    await expect(page).not.toHaveURL(/year=2023/);
    release();
    await expect(page).toHaveURL(/year=2023/);
  });

  test('every card becomes the app’s on its own, with no error', async ({ page }) => {
    await page.goto('/', { waitUntil: 'load' });
    // The header is the app's first: its choices answer at once.
    await expect(page.locator('html[data-hydrated]')).toBeAttached();
    const islands = page.locator('[data-island^="island-"]');
    await expect(islands).toHaveCount(6);
    // The rest when the browser is idle (or the reader comes near), each by itself.
    await expect(page.locator('[data-island^="island-"][data-hydrated]')).toHaveCount(6);
    // A card far down answers its controls.
    const map = page.locator('[data-chart-card="map"]');
    await map.scrollIntoViewIfNeeded();
    await map.getByRole('button', { name: 'Table' }).click();
    await expect(map.locator('table')).toBeVisible();
  });
});

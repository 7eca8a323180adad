import { test as base, expect, type Page } from '@playwright/test';
import { CHART_IDS } from '../../src/charts/registry';

export { CHART_IDS };

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{
  consoleErrors: string[];
  expectedConsole: RegExp[];
  waitForApp: boolean;
}>({
  /** Whether `goto` waits for the app to take the page over (a test of the page before it, not). */
  waitForApp: [true, { option: true }],
  /**
   * A page arrives built, before React has taken it over; with scripts on, `goto` waits until it
   * has (the app marks the page), so a test's first click is answered.
   */
  page: async ({ page, javaScriptEnabled, waitForApp }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      // Another site's page (a host with our embeds) is never ours to wait for; ours carry
      // their policy, or are the single file.
      const ours =
        url.startsWith('file:') ||
        (await page.locator('meta[http-equiv="Content-Security-Policy"]').count()) > 0;
      if (javaScriptEnabled && waitForApp && ours && !url.endsWith('.json')) {
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      }
      return response;
    };
    await provide(page);
  },
  /** Console messages a test provokes on purpose, such as the browser's note of a failed request. */
  expectedConsole: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        const text = msg.text();
        if (msg.type() === 'error' && !expectedConsole.some((re) => re.test(text))) {
          errors.push(text);
        }
      });
      page.on('pageerror', (err) => errors.push(err.message));
      // The preview server sends the site's Content-Security-Policy: any breach fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits for a chart's live figure, with its marks. A figure the page was built with stays as
 * built until the reader reaches for it: the pointer goes to the card's head, as a reader's would.
 */
export async function waitForFigure(page: Page, id: string): Promise<void> {
  const card = page.locator(`[data-chart-card="${id}"]`);
  await card.scrollIntoViewIfNeeded();
  await card.locator('.chart-card-head').hover();
  await expect(page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`)).toBeVisible();
  // Fonts settle layout: wait so screenshots show the real typeface.
  await page.evaluate(() => document.fonts.ready);
}

/** Scrolls through the dashboard so that every chart loads and draws. */
export async function waitForAllFigures(page: Page): Promise<void> {
  for (const id of CHART_IDS) await waitForFigure(page, id);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

import { test as base, expect, type Page } from '@playwright/test';
import { CHART_IDS } from '../../src/charts/registry';

export { CHART_IDS };

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[]; expectedConsole: RegExp[] }>({
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

export async function waitForFigure(page: Page, id: string): Promise<void> {
  const card = page.locator(`[data-chart-card="${id}"]`);
  // Charts below the fold load as they come near: bring the card into view first.
  await card.scrollIntoViewIfNeeded();
  await expect(page.locator(`svg[data-chart="${id}"]`)).toBeVisible();
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

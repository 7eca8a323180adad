import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForFigure(page: Page, id: string): Promise<void> {
  await expect(page.locator(`svg[data-chart="${id}"]`)).toBeVisible();
  // Fonts settle layout: wait so screenshots show the real typeface.
  await page.evaluate(() => document.fonts.ready);
}

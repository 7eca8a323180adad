import { expect, test } from './fixtures';

// The built page does not move under the reader: not as its fonts arrive, not as its cards
// become the app's, not as cards below the fold are drawn while the reader scrolls to them.

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1280, height: 900 }],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no layout shift on a ${name}, ${scheme}: loading, hydrating, scrolling (CLS ≤ 0.01)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript(() => {
        const w = window as unknown as { kzcnShift: number };
        w.kzcnShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) w.kzcnShift += shift.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/');
      await expect(page.locator('[data-island^="island-"][data-hydrated]')).toHaveCount(6);
      await page.evaluate(() => document.fonts.ready);
      const loading = await page.evaluate(
        () => (window as unknown as { kzcnShift: number }).kzcnShift,
      );
      expect(loading, 'while loading').toBeLessThanOrEqual(0.01);
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, viewport.height * 0.6);
        await page.waitForTimeout(60);
      }
      const scrolled = await page.evaluate(
        () => (window as unknown as { kzcnShift: number }).kzcnShift,
      );
      expect(scrolled, 'loading and scrolling to the end').toBeLessThanOrEqual(0.01);
    });
  }
}

import { expect, test, waitForFigure } from './fixtures';

declare global {
  interface Window {
    kzcnLiveUrls: () => number;
    kzcnSaved: number;
  }
}

/**
 * 200 exports in a row leave the heap where it was (within 10 %) and every object URL revoked:
 * a reader who exports all afternoon does not slow the tab down. The files are counted as the
 * page hands them to the browser, so the test measures the exporter, not the download manager.
 */
test('200 consecutive exports leak neither memory nor object URLs', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    const live = new Set<string>();
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      live.add(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      live.delete(url);
      revoke(url);
    };
    window.kzcnLiveUrls = () => live.size;
    window.kzcnSaved = 0;
    // A file handed to the browser is counted, not saved.
    const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')?.value as (
      this: HTMLElement,
    ) => void;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.hasAttribute('download')) window.kzcnSaved++;
      else click.call(this);
    };
  });
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const card = page.locator('[data-chart-card="trade"]');
  await card.getByRole('button', { name: /^Export/ }).click();
  await expect(card.getByRole('group', { name: 'Download as' })).toBeVisible();

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The exports run in the page, one after another, each waiting for the file of the last: no
  // per-export call from the test runner, whose own bookkeeping would count in the heap.
  const run = (plan: string[]) =>
    page.evaluate(async (formats: string[]) => {
      const group = document.querySelector('[data-chart-card="trade"] .export-formats');
      const buttons = [...(group?.querySelectorAll('button') ?? [])];
      for (const format of formats) {
        const button = buttons.find((b) => b.textContent === format);
        if (!button) throw new Error(`no ${format} button`);
        while (button.disabled) await new Promise((r) => setTimeout(r, 5));
        const before = window.kzcnSaved;
        button.click();
        while (window.kzcnSaved === before) await new Promise((r) => setTimeout(r, 5));
      }
      return window.kzcnSaved;
    }, plan);
  const plan = (n: number) => Array.from({ length: n }, (_, i) => (i % 4 === 3 ? 'SVG' : 'PNG'));

  // Warm up: the exporter's code and the fonts it embeds load, and the engine settles.
  await run(['PNG', 'SVG', 'CSV', ...plan(20)]);
  const before = await heap();
  const saved = await run(plan(200));
  const after = await heap();

  const grew = (after - before) / before;
  const report = `heap ${String(before)} → ${String(after)} bytes (${(grew * 100).toFixed(1)}%)`;
  await test.info().attach('heap', { body: report, contentType: 'text/plain' });
  expect(saved).toBe(223);
  expect(grew, report).toBeLessThanOrEqual(0.1);
  expect(await page.evaluate(() => window.kzcnLiveUrls())).toBe(0);
});

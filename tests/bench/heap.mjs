// JS heap before and after many PNG exports: whether exporting leaks.
import { liveFigure } from './lib.mjs';

/**
 * JS heap before and after `count` 2x PNG exports of the trade chart, garbage collected, once the
 * exporter, its fonts and the engine have warmed up (20 exports). The exports run in the page, each
 * waiting for the file of the last, and a file is counted as the page hands it over rather than
 * saved: the runner's own per-download bookkeeping would otherwise count in the heap.
 */
export async function heapAfterExports(browser, base, count) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.kzcnSaved = 0;
    const click = HTMLElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.hasAttribute('download')) window.kzcnSaved++;
      else click.call(this);
    };
  });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.goto(`${base}/chart/trade`);
  await liveFigure(page, 'trade');
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('group', { name: 'Download as' }).waitFor();
  const run = (n) =>
    page.evaluate(async (times) => {
      const button = [...document.querySelectorAll('.export-formats button')].find(
        (b) => b.textContent === 'PNG',
      );
      for (let i = 0; i < times; i++) {
        while (button.disabled) await new Promise((r) => setTimeout(r, 5));
        const saved = window.kzcnSaved;
        button.click();
        while (window.kzcnSaved === saved) await new Promise((r) => setTimeout(r, 5));
      }
    }, n);
  await run(20);
  const before = await heap();
  await run(count);
  const after = await heap();
  await context.close();
  return { before, after, change: (after - before) / before };
}

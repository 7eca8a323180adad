// The benchmark (`npm run bench`, not part of npm test): builds, serves the build on localhost and
// measures it in Debian's Chromium. Prints a table and writes test-results/bench.json.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHARTS, CHROMIUM, exportAll, launch, median, pngExports, serve } from './lib.mjs';

const COLD_LOADS = 7;
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Scripts and stylesheets the first view of the dashboard loads, raw and gzip (level 9). */
async function firstView(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const loads = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    loads.push(
      r.body().then((b) => ({ type, raw: b.length, gzip: gzipSync(b, { level: 9 }).length })),
    );
  });
  await page.goto(base);
  await page.locator('svg[data-chart="trade"]').waitFor();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(loads);
  await context.close();
  const sum = (type, key) => files.filter((f) => f.type === type).reduce((a, f) => a + f[key], 0);
  return {
    js: { raw: sum('script', 'raw'), gzip: sum('script', 'gzip') },
    css: { raw: sum('stylesheet', 'raw'), gzip: sum('stylesheet', 'gzip') },
  };
}

/** Navigation to every figure drawn, cold (a fresh profile each time), median of `runs`. */
async function coldLoads(browser, base, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    // Tall enough that every chart is on screen and loads at once.
    const context = await browser.newContext({ viewport: { width: 1280, height: 6000 } });
    const page = await context.newPage();
    // The page notes the moment itself: polling from outside would add its own work to the load.
    await page.addInitScript((n) => {
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('svg[data-chart]').length >= n) {
          window.__allDrawn = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, CHARTS.length);
    await page.goto(base);
    await page.waitForFunction(() => window.__allDrawn !== undefined, null, { polling: 250 });
    times.push(Math.round(await page.evaluate(() => window.__allDrawn)));
    await context.close();
  }
  return { median: median(times), all: times };
}

/**
 * JS heap before and after `count` 2x PNG exports of the trade chart, garbage collected, once the
 * exporter, its fonts and the engine have warmed up (20 exports). The exports run in the page, each
 * waiting for the file of the last, and a file is counted as the page hands it over rather than
 * saved: the runner's own per-download bookkeeping would otherwise count in the heap.
 */
async function heapAfterExports(browser, base, count) {
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
  await page.locator('svg[data-chart="trade"]').waitFor();
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

/** Lighthouse's four scores for the dashboard, with its default (mobile) settings. */
async function lighthouseScores(base) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(`${base}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const c = result?.lhr.categories ?? {};
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    await chrome.kill();
  }
}

execSync('npx vite build', { stdio: 'ignore' });
const server = await serve(4191);
try {
  const browser = await launch();
  const results = {
    firstView: await firstView(browser, server.base),
    allFiguresDrawn: await coldLoads(browser, server.base, COLD_LOADS),
    png2x: null,
    exportAll: null,
    heap: await heapAfterExports(browser, server.base, 50),
    lighthouse: null,
  };
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  results.png2x = await pngExports(page, server.base, 5);
  results.exportAll = await exportAll(page, server.base);
  await browser.close();
  results.lighthouse = await lighthouseScores(server.base);

  const { js, css } = results.firstView;
  const rows = [
    ['First view JavaScript', `${kb(js.gzip)} gzip (${kb(js.raw)} raw)`, 'budget 125 KB gzip'],
    ['First view CSS', `${kb(css.gzip)} gzip (${kb(css.raw)} raw)`, ''],
    [
      'Every figure drawn',
      `${String(results.allFiguresDrawn.median)} ms (median of ${String(COLD_LOADS)} cold loads)`,
      'target 300 ms',
    ],
    ...Object.entries(results.png2x).map(([id, t]) => [
      `2× PNG, ${id}`,
      `${String(t.inPage)} ms in the page, ${String(t.clickToFile)} ms click to file`,
      '',
    ]),
    ['Export all (PNG + SVG)', `${String(results.exportAll)} ms`, ''],
    [
      'JS heap, 50 exports',
      `${kb(results.heap.before)} → ${kb(results.heap.after)} (${(results.heap.change * 100).toFixed(1)}%)`,
      '',
    ],
    [
      'Lighthouse (mobile)',
      `performance ${String(results.lighthouse.performance)}, accessibility ${String(results.lighthouse.accessibility)}, best practices ${String(results.lighthouse.bestPractices)}, SEO ${String(results.lighthouse.seo)}`,
      'target ≥ 98, 100, 100, 100',
    ],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) {
    console.log(`${name.padEnd(w)}  ${value}${note ? `   (${note})` : ''}`);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  server.stop();
}

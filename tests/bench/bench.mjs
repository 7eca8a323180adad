// The benchmark (`npm run bench`, not part of npm test): builds, serves the build on localhost and
// measures it in Debian's Chromium. Prints a table and writes test-results/bench.json.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, exportAll, launch, liveFigure, pngExports, serve } from './lib.mjs';
import {
  EMPTY_PAGE,
  firstTooltip,
  firstViewScripts,
  paints,
  slowLine,
  writeEmptyPage,
} from './pageSpeed.mjs';

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

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

/** Lighthouse's four scores for a page, with its default (mobile) settings. */
async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
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

const PAGES = ['/', '/ru/', '/chart/map'];
const RUNS = 7;

execSync('npx vite build', { stdio: 'ignore' });
writeEmptyPage('dist');
const server = await serve(4191);
try {
  const browser = await launch();
  const url = (path) => `${server.base}${path}`;
  const floor = await paints(browser, url(EMPTY_PAGE), RUNS, { width: 1280, height: 900 });
  const pages = {};
  for (const path of PAGES) {
    pages[path] = {
      paints: await paints(browser, url(path), RUNS),
      firstTooltip: await firstTooltip(browser, url(path), RUNS),
      js1280x1200: await firstViewScripts(browser, url(path), { width: 1280, height: 1200 }),
      js1920x1080: await firstViewScripts(browser, url(path), { width: 1920, height: 1080 }),
      slowLine: await slowLine(browser, url(path)),
      lighthouse: null,
    };
  }
  const results = { floor, pages, png2x: null, exportAll: null, heap: null };
  results.heap = await heapAfterExports(browser, server.base, 50);
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  results.png2x = await pngExports(page, server.base, 5);
  results.exportAll = await exportAll(page, server.base);
  await browser.close();
  for (const path of PAGES) pages[path].lighthouse = await lighthouseScores(url(path));

  const rows = [['Empty page, first paint (the floor)', `${String(floor.paint)} ms`, '']];
  for (const [path, r] of Object.entries(pages)) {
    const lh = r.lighthouse;
    rows.push(
      [
        `${path}: first figure painted`,
        `${String(r.paints.firstFigure)} ms (${(r.paints.firstFigure / floor.paint).toFixed(2)}× the floor)`,
        'target 1.5×',
      ],
      [
        `${path}: every figure painted (1280×6000)`,
        `${String(r.paints.allFigures)} ms (${(r.paints.allFigures / floor.paint).toFixed(2)}×)`,
        'target 2×',
      ],
      [`${path}: first tooltip, pointer on a mark`, `${String(r.firstTooltip)} ms`, ''],
      [
        `${path}: first-view JS 1280×1200 / 1920×1080`,
        `${kb(r.js1280x1200)} / ${kb(r.js1920x1080)} gzip`,
        'budget 125 KB',
      ],
      [
        `${path}: 400 kbit/s, 400 ms: first figure painted`,
        `${String(r.slowLine)} ms`,
        'target 1500 ms',
      ],
      [
        `${path}: Lighthouse (mobile)`,
        `performance ${String(lh.performance)}, accessibility ${String(lh.accessibility)}, best practices ${String(lh.bestPractices)}, SEO ${String(lh.seo)}`,
        'target ≥ 98, 100, 100, 100',
      ],
    );
  }
  rows.push(
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
  );
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) {
    console.log(`${name.padEnd(w)}  ${value}${note ? `   (${note})` : ''}`);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  server.stop();
}

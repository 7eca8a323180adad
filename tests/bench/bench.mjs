// The benchmark (`npm run bench`, not part of npm test): builds the site and the single file,
// serves the site as a static host does (files, gzip), measures it in Debian's Chromium and with
// Lighthouse, and prints each measure beside its target (also written to test-results/bench.json).
// Times are medians, beside the empty page's first paint measured in the same run.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { exportAll, launch, pngExports } from './lib.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { paintLimits } from './limits.mjs';
import {
  EMPTY_PAGE,
  firstTooltip,
  firstViewFonts,
  firstViewScripts,
  longTasks,
  paints,
  slowLine,
  writeEmptyPage,
} from './pageSpeed.mjs';
import { heapAfterExports } from './heap.mjs';
import { dirBytes } from './sizes.mjs';
import { serveStatic } from './staticServer.mjs';

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = ['/', '/ru/', '/zh/', '/chart/map'];

execSync('npx vite build', { stdio: 'ignore' });
execSync('npx vite build --mode single', { stdio: 'ignore' });
writeEmptyPage('dist');
const server = await serveStatic(`${process.cwd()}/dist`, 4191);
const url = (path) => `${server.base}${path}`;
const results = { runs: RUNS, pages: {}, bytes: {}, exports: {} };
try {
  const browser = await launch();
  results.floor = (
    await paints(browser, url(EMPTY_PAGE), RUNS, { width: 1280, height: 900 })
  ).paint;
  results.limits = await paintLimits(browser, url('/'), RUNS);
  for (const path of PAGES) {
    const laptop = await paints(browser, url(path), RUNS, { width: 1280, height: 900 });
    const tall = await paints(browser, url(path), RUNS);
    results.pages[path] = {
      firstPaint: laptop.paint,
      firstFigure: laptop.firstFigure,
      allFigures: tall.allFigures,
      longTasks: await longTasks(browser, url(path), Math.min(RUNS, 5)),
      js1280x1200: await firstViewScripts(browser, url(path), { width: 1280, height: 1200 }),
      js1920x1080: await firstViewScripts(browser, url(path), { width: 1920, height: 1080 }),
      fonts: await firstViewFonts(browser, url(path), { width: 1280, height: 900 }),
      slowLine: await slowLine(browser, url(path)),
    };
  }
  results.tooltip = {
    pointer: await firstTooltip(browser, url('/'), RUNS, 'pointer'),
    tap: await firstTooltip(browser, url('/'), RUNS, 'tap'),
  };
  results.exports.heap = await heapAfterExports(browser, server.base, 50);
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  results.exports.png2x = await pngExports(page, server.base, 5);
  results.exports.all = await exportAll(page, server.base);
  await browser.close();
  for (const path of PAGES) {
    results.pages[path].lighthouse = await lighthouseRuns(url(path), Math.min(RUNS, 3));
  }
} finally {
  await server.stop();
}
const html = readFileSync('dist/index.html');
results.bytes = {
  frontPageGzip: gzipSync(html, { level: 9 }).length,
  dist: dirBytes('dist', (f) => !/\.(br|gz)$/.test(f) && !f.endsWith('bench-empty.html')),
  distWithCompressed: dirBytes('dist', (f) => !f.endsWith('bench-empty.html')),
  singleFile: statSync('dist-single/index.html').size,
};

// The table: measure, value, target.
const floor = results.floor;
const times = (t) => `${String(t)} ms (${(t / floor).toFixed(2)}×)`;
const rows = [
  ['Empty page, first paint (the floor)', `${String(floor)} ms`, ''],
  ['/ as served, through a test route', times(results.limits.served), ''],
  ['/ without scripts or web fonts (its markup alone)', times(results.limits.bare), ''],
  ['/ header and first card only, bare', times(results.limits.firstCard), ''],
];
for (const [path, r] of Object.entries(results.pages)) {
  const lh = r.lighthouse;
  rows.push(
    [`${path}: first paint`, times(r.firstPaint), ''],
    [`${path}: first figure on screen`, times(r.firstFigure), '≤ 1.3× the floor'],
    [`${path}: all five on screen (1280×6000)`, times(r.allFigures), '≤ 1.5× the floor'],
    [
      `${path}: long tasks during load`,
      `${String(r.longTasks.blocking)} ms over 50 ms (longest ${String(r.longTasks.longest)} ms)`,
      path === '/' ? '≤ 50 ms' : '',
    ],
    [
      `${path}: first-view JS 1280×1200 / 1920×1080`,
      `${kb(r.js1280x1200)} / ${kb(r.js1920x1080)} gzip`,
      '≤ 125 KB',
    ],
    [
      `${path}: first-view fonts`,
      `${kb(r.fonts.bytes)} in ${String(r.fonts.count)} files`,
      path === '/zh/' ? '≤ 150 KB' : '',
    ],
    [`${path}: 400 kbit/s, 400 ms latency: first figure`, `${String(r.slowLine)} ms`, ''],
    [
      `${path}: Lighthouse mobile`,
      `performance ${String(lh.performance)}, TBT ${String(lh.tbt)} ms, CLS ${String(lh.cls)}, FCP ${String(lh.fcp)} ms, LCP ${String(lh.lcp)} ms; accessibility ${String(lh.accessibility)}, best practices ${String(lh.bestPractices)}, SEO ${String(lh.seo)}`,
      '≥ 98, TBT ≤ 100, CLS ≤ 0.01; 100, 100',
    ],
  );
}
rows.push(
  [
    'First tooltip at load, pointer (1280×900)',
    `${String(results.tooltip.pointer.fromGesture)} ms after the gesture (${String(results.tooltip.pointer.gestureAfterLoad)} ms after load)`,
    '≤ 100 ms',
  ],
  [
    'First tooltip at load, tap (390×844)',
    `${String(results.tooltip.tap.fromGesture)} ms after the gesture (${String(results.tooltip.tap.gestureAfterLoad)} ms after load)`,
    '≤ 100 ms',
  ],
  ['HTML of /, gzip', kb(results.bytes.frontPageGzip), '≤ 60 KB'],
  ['dist/ (the site)', mb(results.bytes.dist), '≤ 10 MB'],
  ['dist/ with its .br and .gz copies', mb(results.bytes.distWithCompressed), ''],
  ['single file', mb(results.bytes.singleFile), '≤ 3 MB'],
  ...Object.entries(results.exports.png2x).map(([id, t]) => [
    `2× PNG export, ${id}`,
    `${String(t.inPage)} ms in the page, ${String(t.clickToFile)} ms click to file`,
    '',
  ]),
  ['Export all (PNG + SVG)', `${String(results.exports.all)} ms`, ''],
  [
    'JS heap, 50 exports',
    `${kb(results.exports.heap.before)} → ${kb(results.exports.heap.after)} (${(results.exports.heap.change * 100).toFixed(1)}%)`,
    '',
  ],
);
const w = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, note] of rows) {
  console.log(`${name.padEnd(w)}  ${value}${note ? `   (target ${note})` : ''}`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);

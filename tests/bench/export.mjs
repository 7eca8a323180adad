// Export benchmark (not part of npm test): builds, serves the build, and times exports in Chromium.
// Prints a table and writes test-results/bench-export.json.
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const CHARTS = ['trade', 'agreements', 'nuclear', 'map', 'milestones'];
const RUNS = 5;

execSync('npx vite build', { stdio: 'ignore' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const results = { png2x: {}, exportAll: null };
  for (const id of CHARTS) {
    await page.goto(`${BASE}/chart/${id}`);
    await page.locator(`svg[data-chart="${id}"]`).waitFor();
    await page.getByRole('button', { name: /^Export/ }).click();
    // A reader takes a moment to pick a format; the menu uses it to load the exporter.
    await page.waitForTimeout(1000);
    const times = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const downloading = page.waitForEvent('download');
      const t0 = Date.now();
      await page
        .getByRole('group', { name: 'Download as' })
        .getByRole('button', { name: 'PNG', exact: true })
        .click();
      await downloading;
      // The first run may still load fonts; the rest show the steady cost.
      if (run > 0) times.push(Date.now() - t0);
    }
    const inPage = await page.evaluate(
      (name) => performance.getEntriesByName(name).map((m) => m.duration),
      `kzcn:export:${id}:png`,
    );
    results.png2x[id] = {
      first: Math.round(inPage[0] ?? NaN),
      inPage: Math.round(median(inPage.slice(1))),
      clickToFile: median(times),
    };
  }
  await page.goto(BASE);
  await page.getByText('Export all charts', { exact: true }).click();
  const downloading = page.waitForEvent('download');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Export all as ZIP' }).click();
  await downloading;
  results.exportAll = Date.now() - t0;
  await browser.close();

  console.log(
    '2× PNG export, ms: the first (loads the exporter and fonts), then the median of %d more, in the page and from click to saved file',
    RUNS,
  );
  console.log(
    `  ${'chart'.padEnd(12)} ${'first'.padStart(6)} ${'page'.padStart(6)} ${'click'.padStart(6)}`,
  );
  for (const [id, t] of Object.entries(results.png2x)) {
    console.log(
      `  ${id.padEnd(12)} ${String(t.first).padStart(6)} ${String(t.inPage).padStart(6)} ${String(t.clickToFile).padStart(6)}`,
    );
  }
  console.log(`Export all, PNG + SVG of every chart: ${results.exportAll} ms`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-export.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  process.kill(-server.pid);
}

// Shared by the benchmarks: serve the build, drive Debian's Chromium, time exports.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

export const CHARTS = ['trade', 'agreements', 'nuclear', 'map', 'milestones'];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `vite preview` of dist/ on a local port, until `stop()`. */
export async function serve(port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => process.kill(-server.pid) };
}

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** A built figure goes live when the reader reaches for it: the pointer goes to its card's head. */
export async function liveFigure(page, id) {
  await page.locator(`[data-chart-card="${id}"] .chart-card-head`).hover();
  await page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`).waitFor();
}

/** 2× PNG per chart: the first export, then the median of `runs` more (in the page, and click to file). */
export async function pngExports(page, base, runs) {
  const out = {};
  for (const id of CHARTS) {
    await page.goto(`${base}/chart/${id}`);
    await liveFigure(page, id);
    await page.getByRole('button', { name: /^Export/ }).click();
    // A reader takes a moment to pick a format; the menu uses it to load the exporter.
    await page.waitForTimeout(1000);
    const times = [];
    for (let run = 0; run < runs + 1; run++) {
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
    out[id] = {
      first: Math.round(inPage[0] ?? NaN),
      inPage: Math.round(median(inPage.slice(1))),
      clickToFile: median(times),
    };
  }
  return out;
}

/** Export all (PNG and SVG of every chart, one ZIP), click to file, ms. */
export async function exportAll(page, base) {
  await page.goto(base);
  await page.getByText('Export all charts', { exact: true }).click();
  const downloading = page.waitForEvent('download');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Export all as ZIP' }).click();
  await downloading;
  return Date.now() - t0;
}

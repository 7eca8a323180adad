// Page timings for the benchmark: paints, the first tooltip, first-view bytes, a slow network.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { median } from './lib.mjs';

/** A page with a heading and nothing else, served from the same build: the floor. */
export const EMPTY_PAGE = '/bench-empty.html';

export function writeEmptyPage(dist) {
  writeFileSync(
    `${dist}${EMPTY_PAGE}`,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><h1>Empty</h1></body></html>',
  );
}

/**
 * When the page first painted, when its first and its last figure were on screen (by the page's
 * own clock, from navigation), cold, in a fresh profile each time: medians of `runs`.
 */
export async function paints(browser, url, runs, viewport = { width: 1280, height: 6000 }) {
  const samples = { paint: [], firstFigure: [], allFigures: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = () => document.querySelectorAll('svg[data-chart]').length;
      const note = () => {
        if (window.__first === undefined && seen() > 0) window.__first = performance.now();
      };
      new MutationObserver(note).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      // A figure in the built page is painted with the page's first frame.
      const figures = [...document.querySelectorAll('svg[data-chart]')].filter(
        (s) => s.getBoundingClientRect().width > 0,
      );
      return { fcp, first: window.__first ?? NaN, figures: figures.length };
    });
    samples.paint.push(t.fcp);
    samples.firstFigure.push(Math.max(t.fcp, t.first));
    samples.allFigures.push(Math.max(t.fcp, t.first));
    await context.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Math.round(median(v))]));
}

/** From navigation to the first figure's first tooltip, the pointer resting on a data mark. */
export async function firstTooltip(browser, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="tooltip"].tooltip')) {
          window.__tooltip = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    const mark = page.locator('[data-chart-card] svg[data-chart]:visible [data-mark]').first();
    await mark.waitFor();
    const box = await mark.boundingBox();
    for (let n = 0; n < 200; n++) {
      if (await page.evaluate(() => window.__tooltip !== undefined)) break;
      // A reader's pointer rests on the mark and moves a little, as a hand does.
      await page.mouse.move(box.x + box.width / 2 + (n % 2), box.y + box.height / 2);
      await page.waitForTimeout(20);
    }
    times.push(await page.evaluate(() => window.__tooltip ?? NaN));
    await context.close();
  }
  return Math.round(median(times));
}

/** Scripts the page loads until it is quiet, gzip (level 9): the first view's JavaScript. */
export async function firstViewScripts(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const loads = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    loads.push(
      r
        .body()
        .then((b) => gzipSync(b, { level: 9 }).length)
        .catch(() => 0),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(loads)).reduce((a, b) => a + b, 0);
  await context.close();
  return bytes;
}

/** On a slow line (400 kbit/s, 400 ms latency): when the title and the first figure were painted. */
export async function slowLine(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('svg[data-chart]:visible').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  const t = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return Math.round(fcp);
  });
  await context.close();
  return t;
}

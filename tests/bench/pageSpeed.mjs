// Page timings for the benchmark: paints, figures on screen, long tasks, the first tooltip,
// first-view bytes, a slow network.
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
 * In the page, before anything of its own: notes when each chart's figure is first on screen,
 * meaning the task after the first frame in which it is drawn (a figure whose markup is parsed
 * is not yet painted: the frame may wait for scripts and styles). Its markup is seen as the
 * parser inserts it; whether it is drawn (not hidden) is read in the frame, where layout is done
 * anyway, so the measuring never forces a layout of its own.
 */
function watchFigures() {
  window.__kzcn = { onScreen: {}, longTasks: [] };
  const seen = new WeakSet();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__kzcn.longTasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const inFrame = (svgs) => {
    requestAnimationFrame(() => {
      const drawn = svgs.filter((s) => s.isConnected && s.getBoundingClientRect().width > 0);
      const later = svgs.filter((s) => s.isConnected && !drawn.includes(s));
      setTimeout(() => {
        const t = performance.now();
        for (const s of drawn) window.__kzcn.onScreen[s.dataset.chart] ??= t;
      });
      // Hidden now (a phone's layout on a laptop, a card not yet reached): looked at again.
      if (later.length > 0) setTimeout(() => inFrame(later), 50);
    });
  };
  new MutationObserver(() => {
    const fresh = [...document.querySelectorAll('svg[data-chart]')].filter((s) => !seen.has(s));
    for (const s of fresh) seen.add(s);
    if (fresh.length > 0) inFrame(fresh);
  }).observe(document, { childList: true, subtree: true });
}

/**
 * First paint, and when the first and the last chart's figure were on screen (by the page's own
 * clock, from navigation), cold, in a fresh profile each time: medians of `runs`.
 */
export async function paints(browser, url, runs, viewport = { width: 1280, height: 6000 }) {
  const samples = { paint: [], firstFigure: [], allFigures: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(watchFigures);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      // Never before the first paint: a frame's task can run before its pixels are presented.
      const times = Object.values(window.__kzcn.onScreen).map((t) => Math.max(t, fcp));
      return { fcp, times };
    });
    samples.paint.push(t.fcp);
    if (t.times.length > 0) {
      samples.firstFigure.push(Math.min(...t.times));
      samples.allFigures.push(Math.max(...t.times));
    }
    await context.close();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, v.length ? Math.round(median(v)) : NaN]),
  );
}

/**
 * Long tasks from navigation until the page has been quiet for two seconds (so idle work such
 * as hydrating the cards counts): the longest, and the total beyond 50 ms each (what Lighthouse
 * calls blocking time), medians of `runs`, at a laptop's size.
 */
export async function longTasks(browser, url, runs) {
  const longest = [];
  const blocking = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchFigures);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    const tasks = await page.evaluate(() => window.__kzcn.longTasks);
    longest.push(Math.max(0, ...tasks.map((t) => t.duration)));
    blocking.push(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0));
    await context.close();
  }
  return { longest: Math.round(median(longest)), blocking: Math.round(median(blocking)) };
}

const TRADE_POINT =
  '[data-chart-card="trade"] svg[data-chart="trade"]:visible [data-mark="cn-customs-2023"]';

function tooltipContext(browser, how) {
  return browser.newContext(
    how === 'tap'
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
      : { viewport: { width: 1280, height: 900 } },
  );
}

/** Where the 2023 China customs point is on the page (not the screen), from a first load. */
async function tradePoint(browser, url, how) {
  const context = await tooltipContext(browser, how);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const at = await page.locator(TRADE_POINT).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 + window.scrollY };
  });
  await context.close();
  return at;
}

/**
 * The first tooltip, at the load event: as soon as the page has loaded, the pointer moves onto
 * the 2023 China customs point (laptop), or the page is scrolled to it and a finger taps it
 * (phone). By the page's own clock: from the gesture to the tooltip on screen. Medians.
 */
export async function firstTooltip(browser, url, runs, how) {
  const at = await tradePoint(browser, url, how);
  const fromGesture = [];
  const afterLoad = [];
  for (let i = 0; i < runs; i++) {
    const context = await tooltipContext(browser, how);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__tip = {};
      addEventListener('load', () => (window.__tip.load = performance.now()));
      for (const type of ['pointermove', 'pointerdown']) {
        addEventListener(type, () => (window.__tip.gesture ??= performance.now()), {
          capture: true,
        });
      }
      new MutationObserver(() => {
        const tip = document.querySelector('[data-chart-card="trade"] [role="tooltip"].tooltip');
        if (tip && window.__tip.shown === undefined) {
          // On screen: the task after the frame that draws it.
          requestAnimationFrame(() => setTimeout(() => (window.__tip.shown ??= performance.now())));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    const top = how === 'tap' ? Math.max(0, at.y - 400) : 0;
    if (top > 0) await page.evaluate((y) => window.scrollTo(0, y), top);
    if (how === 'tap') await page.touchscreen.tap(at.x, at.y - top);
    else await page.mouse.move(at.x, at.y);
    // A resting hand moves a little; a tap is not repeated: a second tap is a second gesture.
    for (let n = 0; n < 250 && !(await page.evaluate(() => window.__tip.shown)); n++) {
      if (how !== 'tap') await page.mouse.move(at.x + (n % 2), at.y);
      await page.waitForTimeout(20);
    }
    const t = await page.evaluate(() => window.__tip);
    fromGesture.push(t.shown === undefined ? Infinity : t.shown - t.gesture);
    afterLoad.push(t.gesture - t.load);
    await context.close();
  }
  return {
    fromGesture: Math.round(median(fromGesture)),
    gestureAfterLoad: Math.round(median(afterLoad)),
  };
}

/** Bytes of the responses of one kind the page loads until it is quiet, without scrolling. */
async function firstViewBytes(browser, url, viewport, kind, measure) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const loads = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== kind) return;
    loads.push(
      r
        .body()
        .then(measure)
        .catch(() => 0),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const bytes = (await Promise.all(loads)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, count: loads.length };
}

/** Scripts the page loads until it is quiet, gzip (level 9): the first view's JavaScript. */
export async function firstViewScripts(browser, url, viewport) {
  return (
    await firstViewBytes(browser, url, viewport, 'script', (b) => gzipSync(b, { level: 9 }).length)
  ).bytes;
}

/** Font files the page's first view fetches: their bytes and how many. */
export function firstViewFonts(browser, url, viewport) {
  return firstViewBytes(browser, url, viewport, 'font', (b) => b.length);
}

/** On a slow line (400 kbit/s, 400 ms latency): when the first figure was on screen. */
export async function slowLine(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchFigures);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => Object.keys(window.__kzcn.onScreen).length > 0, null, {
    timeout: 60_000,
  });
  const t = await page.evaluate(() => Math.min(...Object.values(window.__kzcn.onScreen)));
  await context.close();
  return Math.round(t);
}

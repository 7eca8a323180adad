// What this machine can do with the front page's own markup: its first paint with nothing but
// the HTML and its inline styles (no scripts, no web fonts), and with only its header and first
// card. These are the floors the page's own first paint is measured against, beside the empty page.
import { median } from './lib.mjs';

const bare = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*>/g, '')
    .replace(/@font-face\s*{[^}]*}/g, '');

function firstCardOnly(html) {
  const page = bare(html);
  const second = page.indexOf('<div data-island="island-', page.indexOf('data-chart-card="') + 20);
  return `${page.slice(0, second)}</div></main></div></body></html>`;
}

async function firstPaint(browser, url, transform, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: transform(await response.text()) });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    out.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ),
    );
    await context.close();
  }
  return Math.round(median(out));
}

/** First paints of the same page through the same route: as served, bare, first card only. */
export async function paintLimits(browser, url, runs) {
  return {
    served: await firstPaint(browser, url, (h) => h, runs),
    bare: await firstPaint(browser, url, bare, runs),
    firstCard: await firstPaint(browser, url, firstCardOnly, runs),
  };
}

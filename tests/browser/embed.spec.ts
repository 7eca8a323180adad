import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHostServer } from './hostServer';

const SITE = `http://127.0.0.1:${process.env.KZCN_TEST_PORT ?? '4179'}`;
const HOST_CSP = `default-src 'none'; script-src ${SITE}; frame-src ${SITE}; img-src data:`;

let host: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  await host.close();
});

/**
 * A page of another site (a newsroom's, say) holding `body`; with `strict`, under a policy of its
 * own that allows no inline code. Messages from our frames are recorded from outside the page.
 */
async function serveHostPage(page: Page, path: string, body: string, strict = true) {
  host.set(path, strict ? { body, csp: HOST_CSP } : { body });
  await page.addInitScript(() => {
    const w = window as unknown as { kzcnMessages?: unknown[] };
    if (w.kzcnMessages) return;
    w.kzcnMessages = [];
    const messages = w.kzcnMessages;
    window.addEventListener('message', (e) => {
      if (e.origin !== window.location.origin) messages.push(e.data);
    });
  });
  return `${host.origin}${path}`;
}

function svgSize(page: Page, id: string) {
  return page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`).evaluate((svg) => ({
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  }));
}

test('an embed shows the figure alone and fills its frame, from 280 px to a 4K screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/embed/trade');
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Export/ })).toHaveCount(0);
  expect(await svgSize(page, 'trade')).toEqual({ width: 800, height: 500 });
  await expect(page).toHaveTitle(/Trade between Kazakhstan and China/);
  // Tooltips work in the embed.
  await page
    .getByRole('group', { name: /: data points$/ })
    .getByRole('button')
    .first()
    .focus();
  await expect(page.getByRole('tooltip')).toBeVisible();

  for (const [width, height] of [
    [280, 600],
    [1280, 720],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(() => svgSize(page, 'trade')).toEqual({ width, height });
  }
  // In a frame so short that its text would shrink past reading, a content-height chart keeps
  // its own height and the frame scrolls...
  await page.setViewportSize({ width: 700, height: 400 });
  await page.goto('/embed/milestones');
  const milestones = page.locator('.figure:not(.figure-built) > svg[data-chart="milestones"]');
  await expect(milestones).toBeVisible();
  const natural = (await svgSize(page, 'milestones')).height;
  expect(natural).toBeGreaterThan(400);
  // ...and in one a little short for it, it is scaled in, never cut: all of it is on screen.
  const short = Math.ceil(natural * 0.85);
  await page.setViewportSize({ width: 700, height: short });
  await expect.poll(() => svgSize(page, 'milestones')).toEqual({ width: 700, height: short });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    short,
  );
});

test('embed options: title, source, controls, theme and a transparent background', async ({
  page,
}) => {
  await page.goto(
    '/embed/map?title=0&source=0&controls=1&theme=dark&bg=transparent&hide=education',
  );
  const svg = page.locator('.figure:not(.figure-built) > svg[data-chart="map"]');
  await expect(svg).toBeVisible();
  await expect(svg.locator(':scope > text', { hasText: 'places that tie' })).toHaveCount(0);
  await expect(svg.locator(':scope > text', { hasText: 'Boundaries' })).toHaveCount(0);
  await expect(svg.locator(':scope > rect')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgba(0, 0, 0, 0)',
  );
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Education and culture' })).not.toBeChecked();

  // Bad values fall back to their defaults, silently; nothing from the URL becomes markup.
  await page.goto(
    '/embed/trade?theme=<b>x</b>&title=yes&source=2&controls=<img src=x onerror=alert(1)>&bg=red&lang=xx&year=20x4',
  );
  const trade = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]');
  await expect(trade).toBeVisible();
  await expect(trade.locator(':scope > text').first()).toContainText('Trade between');
  await expect(trade.locator(':scope > rect')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  await expect(page.locator('b, img')).toHaveCount(0);
});

test('an unknown chart says so and links to the list', async ({ page }) => {
  await page.goto('/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('heading', { name: 'No such chart' })).toBeVisible();
  await expect(
    page.getByText('There is no chart called “<script>alert(1)</script>”'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the list of charts' })).toHaveAttribute(
    'href',
    `${SITE}/`,
  );
});

test('a host page with several embeds: each draws its chart and takes its posted height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  const hostUrl = await serveHostPage(
    page,
    '/page',
    `<div id="column">
      <iframe data-kzcn-embed title="Trade" src="${SITE}/embed/trade?theme=light&lang=en" width="100%" height="300"></iframe>
      <iframe data-kzcn-embed title="Map" src="${SITE}/embed/map?theme=dark&lang=xx" width="100%" height="300"></iframe>
      <iframe data-kzcn-embed title="Agreements" src="${SITE}/embed/agreements?title=0" width="100%" height="300"></iframe>
    </div>
    <script src="${SITE}/embed.js" async></script>`,
  );
  await page.goto(hostUrl);
  const frames = [
    ['Trade', 'trade'],
    ['Map', 'map'],
    ['Agreements', 'agreements'],
  ] as const;
  for (const [title, id] of frames) {
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await expect(
      frame.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`),
    ).toBeVisible();
    // embed.js set the frame to the height its chart asked for.
    const iframe = page.locator(`iframe[title="${title}"]`);
    await expect(iframe).toHaveAttribute('data-kzcn-height', /^\d+$/);
    const asked = await page.evaluate(
      (chart) =>
        (
          window as unknown as { kzcnMessages: { type: string; chart: string; height: number }[] }
        ).kzcnMessages
          .filter((m) => m.chart === chart)
          .at(-1)?.height,
      id,
    );
    expect(asked).toBeGreaterThan(150);
    await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBe(asked);
    // The frame now holds the figure at its own height: nothing scrolls.
    const figure = await frame
      .locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`)
      .evaluate((svg) => Number(svg.getAttribute('height')));
    expect(Math.abs(figure - (asked ?? 0))).toBeLessThanOrEqual(1);
  }
  const map = page.frameLocator('iframe[title="Map"]');
  await expect(map.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Narrower column: the chart lays out again, asks for a new height and gets it.
  const trade = page.locator('iframe[title="Trade"]');
  const before = await trade.evaluate((f) => f.clientHeight);
  await page.locator('#column').evaluate((el) => {
    el.style.width = '330px';
  });
  await expect.poll(() => trade.evaluate((f) => f.clientHeight)).not.toBe(before);
  const inner = await trade.evaluate((f) => f.clientWidth);
  expect(inner).toBeLessThanOrEqual(330);
  await expect(
    page
      .frameLocator('iframe[title="Trade"]')
      .locator('.figure:not(.figure-built) > svg[data-chart="trade"]'),
  ).toHaveAttribute('width', String(inner));
});

test('the Embed dialog gives snippets for this view that work when pasted into a page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chart/nuclear?theme=dark&year=2024');
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Embed/ }).click();
  const dialog = page.getByRole('dialog', { name: /Embed/ });
  await expect(dialog).toBeVisible();
  const iframe = await dialog.getByLabel('Embed code', { exact: true }).inputValue();
  expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/nuclear\?[^"]*"/);
  expect(iframe).toContain('theme=dark');
  expect(iframe).toContain('year=2024');
  expect(iframe).toContain('/embed/nuclear?');
  expect(iframe).toContain('loading="lazy"');
  expect(iframe).toMatch(/title="[^"]*nuclear[^"]*"/i);
  expect(iframe).toMatch(/aspect-ratio: \d+ \/ \d+/);
  const link = await dialog.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/chart\/nuclear\?.*year=2024/);

  await dialog.getByRole('button', { name: 'Copy embed code that fits its height' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied');
  const responsive = await page.evaluate(() => navigator.clipboard.readText());
  expect(responsive).toContain('embed.js');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Pasted into a page of another site, with no other script: the chart shows, sized to fit.
  await page.goto(await serveHostPage(page, '/article', `<main>${responsive}</main>`, false));
  const frame = page.frameLocator('iframe[data-kzcn-embed]');
  await expect(
    frame.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('iframe[data-kzcn-embed]')).toHaveAttribute(
    'data-kzcn-height',
    /^\d+$/,
  );

  // The plain snippet keeps the figure's shape with no script at all.
  await page.goto(
    await serveHostPage(page, '/plain', `<main style="width:720px">${iframe}</main>`, false),
  );
  await expect(
    page.frameLocator('iframe').locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  const box = await page.locator('iframe').boundingBox();
  const [, w, h] = /aspect-ratio: (\d+) \/ (\d+)/.exec(iframe) ?? [];
  expect(box?.width).toBe(720);
  expect(Math.abs((box?.height ?? 0) - (720 * Number(h)) / Number(w))).toBeLessThan(2);
});

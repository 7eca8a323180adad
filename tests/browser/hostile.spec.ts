import type { Page } from '@playwright/test';
import { expect, test, waitForFigure } from './fixtures';

/**
 * Script and markup in every place a stranger can put them: each URL parameter, the route
 * itself, and a dataset's strings. They render as text or are ignored; no dialog opens, no
 * element is injected, nothing reaches the console.
 */

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '</title><svg onload=alert(1)>',
  '${alert(1)}',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
];

const PARAMS = [
  'sector',
  'year',
  'place',
  'hide',
  'theme',
  'lang',
  'title',
  'source',
  'controls',
  'bg',
  'slide',
];

async function noInjection(page: Page) {
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => /^on/i.test(a.name)),
    ).length,
    scripts: [...document.scripts].filter((s) => !s.src && s.textContent.includes('alert')).length,
  }));
  expect(injected).toEqual({ img: 0, handlers: 0, scripts: 0 });
}

const dialogs: string[] = [];

test.beforeEach(({ page }) => {
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

test.afterEach(() => {
  expect(dialogs, 'dialogs opened').toEqual([]);
});

test('script and markup in every URL parameter render as text or are ignored', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['/', '/chart/map', '/embed/trade', '/present']) {
    for (const payload of PAYLOADS) {
      const query = PARAMS.map((p) => `${p}=${encodeURIComponent(payload)}`).join('&');
      await page.goto(`${path}?${query}`);
      // A built page's figures go live when the reader reaches for them.
      if (path === '/') await waitForFigure(page, 'trade');
      if (path === '/chart/map') await waitForFigure(page, 'map');
      // The slides open on the title slide, which has no figure.
      await expect(
        path === '/present'
          ? page.getByRole('navigation', { name: 'Slides' })
          : page.locator('.figure:not(.figure-built) > svg[data-chart]').first(),
      ).toBeVisible();
      await noInjection(page);
    }
  }
});

test('script and markup as the route itself show "not found" as text', async ({ page }) => {
  for (const prefix of ['/chart/', '/embed/', '/present/', '/']) {
    for (const payload of PAYLOADS) {
      await page.goto(`${prefix}${encodeURIComponent(payload)}`);
      await expect(page.locator('body')).not.toBeEmpty();
      await noInjection(page);
    }
  }
});

test('markup in a dataset’s strings is drawn as text', async ({ page }) => {
  const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.route('**/data/places.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { places: { id: string; name: string }[] };
    const first = json.places[0];
    if (first) first.name = evil;
    await route.fulfill({ response, json });
  });
  await page.route('**/data/milestones.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { events: { title: string }[] };
    for (const e of json.events) e.title = `${evil} ${e.title}`;
    await route.fulfill({ response, json });
  });
  await page.goto('/chart/map');
  await waitForFigure(page, 'map');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toContainText(evil);
  await noInjection(page);
  await page.goto('/chart/milestones');
  await waitForFigure(page, 'milestones');
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="milestones"]'),
  ).toContainText('<img src=x');
  await noInjection(page);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHART_IDS } from '../../src/charts/registry';
import { LANGUAGES } from '../../src/i18n/languages';
import { localizedPath } from '../../src/state/localePaths';
import { expect, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const DARK_CARD = 'rgb(21, 25, 30)';
const LIGHT_CARD = 'rgb(255, 255, 255)';

/** Every page the build writes, in every language: the routes readers and crawlers reach. */
const ROUTES = [
  '/',
  ...CHART_IDS.map((id) => `/chart/${id}`),
  ...CHART_IDS.map((id) => `/embed/${id}`),
  '/present',
  '/present/1',
  '/present/4',
  '/present/7',
  ...CHART_IDS.map((id) => `/present/${id}`),
];

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGUAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${lang}, ${scheme}: every figure, its summary and sources can be read`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of ['/', `/chart/${CHART_IDS[0]}`, `/chart/${CHART_IDS[3]}`]) {
          await page.goto(localizedPath(path, lang));
          await expect(page.locator('html')).toHaveAttribute(
            'lang',
            lang === 'zh' ? 'zh-Hans' : lang,
          );
          await expect(page).toHaveTitle(/\S/);
          const cards = page.locator('[data-chart-card]');
          for (const card of await cards.all()) {
            const id = await card.getAttribute('data-chart-card');
            // One layout shows at this width; its title and source line are in the picture.
            const figure = card.locator(`svg[data-chart="${String(id)}"]:visible`);
            await expect(figure).toHaveCount(1);
            await expect(figure.locator('title')).not.toHaveText('');
            await card.locator('.about-panel summary').click();
            await expect(card.locator('.figure-summary')).toBeVisible();
            await expect(card.locator('.source-list li').first()).toBeVisible();
            // The figure's colours follow the reader's scheme, with no script to set them.
            const background = await figure
              .locator('rect')
              .first()
              .evaluate((r) => getComputedStyle(r).fill);
            expect(background).toBe(scheme === 'dark' ? DARK_CARD : LIGHT_CARD);
          }
          if (path === '/') await expect(page.locator('.headline')).toHaveCount(4);
          // Controls that need scripts are not offered.
          await expect(
            page.getByRole('button', { name: /^Export|^Экспорт|^Экспорттау|^导出/ }),
          ).toHaveCount(0);
        }
      });
    }
  }
});

test('every page hydrates with no warning or error, in every language', async ({ page }) => {
  test.setTimeout(240_000);
  for (const lang of LANGUAGES) {
    for (const route of ROUTES) {
      const address = localizedPath(route, lang);
      await page.goto(address);
      // The page is the built one, taken over by React, not drawn again.
      await expect(page.locator('#root')).toHaveAttribute('data-page', address);
      await page.waitForLoadState('networkidle');
    }
  }
  // The fixture fails the test on any console error or uncaught error (hydration reports there).
});

test('dark from the first frame: the stored choice and ?theme= apply before anything paints', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('kzcn-theme', 'dark');
    document.addEventListener('DOMContentLoaded', () => {
      // Before React has run: what the reader first sees.
      const card = document.querySelector('.chart-card');
      (window as unknown as { firstCard: string }).firstCard = card
        ? getComputedStyle(card).backgroundColor
        : '';
    });
  });
  await page.goto('/chart/trade');
  expect(await page.evaluate(() => (window as unknown as { firstCard: string }).firstCard)).toBe(
    DARK_CARD,
  );
  await page.goto('/chart/trade?theme=light');
  expect(await page.evaluate(() => (window as unknown as { firstCard: string }).firstCard)).toBe(
    LIGHT_CARD,
  );
});

test('links that name their language land on its address, with nothing in English first', async ({
  page,
}) => {
  const seen: string[] = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) seen.push(new URL(f.url()).pathname);
  });
  await page.goto('/chart/trade?lang=kk&year=2023');
  await expect(page).toHaveURL(/\/kk\/chart\/trade\?year=2023$/);
  await expect(page.locator('h1')).toHaveText('Сауда');
  // The English page was left before it painted: the boot script hid it and replaced the address.
  expect(seen.at(-1)).toBe('/kk/chart/trade');
  // The switcher moves between the addresses, keeping the view.
  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('zh');
  await expect(page).toHaveURL(/\/zh\/chart\/trade\?year=2023$/);
  await expect(page.locator('h1')).toHaveText('贸易');
  // A reader who chose a language opens their language's page from an English link.
  await page.goto('/chart/map');
  await expect(page).toHaveURL(/\/zh\/chart\/map$/);
});

test('data stay live: a file changed after the build shows once the page is live', async ({
  page,
}) => {
  const file = resolve(root, 'dist/data/trade.json');
  const original = readFileSync(file, 'utf8');
  const trade = JSON.parse(original) as { headline: { value: number } };
  trade.headline.value = 47;
  writeFileSync(file, JSON.stringify(trade));
  try {
    await page.goto('/');
    // The headline figure and the trade chart read the file again and show the new value.
    await expect(page.locator('.headline-value').first()).toHaveText('$47bn');
    await expect(
      page.locator('[data-chart-card="trade"] .figure:not(.figure-built)'),
    ).toContainText('Record ≈$47bn');
    // The charts that do not read the file keep their figures as built.
    await expect(page.locator('[data-island="figure-agreements"]')).toHaveCount(1);
  } finally {
    writeFileSync(file, original);
  }
});

test('every chart page carries its link preview: Open Graph and Twitter card', async ({
  page,
  request,
}) => {
  for (const lang of LANGUAGES) {
    for (const id of CHART_IDS) {
      await page.goto(localizedPath(`/chart/${id}`, lang));
      const meta = (property: string) =>
        page
          .locator(`meta[property="${property}"], meta[name="${property}"]`)
          .getAttribute('content');
      expect(await meta('og:title')).toMatch(/\S{3}/);
      expect(await meta('og:description')).toMatch(/\S{3}/);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      const image = await meta('og:image');
      expect(image).toBe(`/images/${lang}/${id}.png`);
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('675');
      const png = await request.get(image ?? '');
      expect(png.headers()['content-type']).toContain('image/png');
      const bytes = await png.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 675]);
      // In at most 256 colours (an indexed PNG), with its words kept.
      expect(bytes[25]).toBe(3);
      expect(bytes.toString('latin1')).toContain('tEXtTitle');
      const alternates = page.locator('link[rel="alternate"][hreflang]');
      await expect(alternates).toHaveCount(LANGUAGES.length + 1);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        localizedPath(`/chart/${id}`, lang),
      );
    }
  }
});

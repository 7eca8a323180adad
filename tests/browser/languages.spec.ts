import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { zh } from '../../src/i18n/messages/zh';
import { localizedPath } from '../../src/state/localePaths';
import { expect, test, waitForAllFigures, waitForFigure } from './fixtures';

test('the address names the language: ?lang= lands there, the switcher moves, the choice stays', async ({
  page,
}) => {
  await page.goto('/chart/agreements?lang=ru');
  await expect(page).toHaveURL(/\/ru\/chart\/agreements$/);
  await waitForFigure(page, 'agreements');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const figure = page.locator('.figure:not(.figure-built) > svg[data-chart="agreements"]');
  await expect(figure).toContainText('Энергетика');
  await expect(figure).not.toContainText('Aerospace');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');

  await expect(page.getByRole('button', { name: 'Таблица' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('kk');
  await expect(page).toHaveURL(/\/kk\/chart\/agreements$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('combobox', { name: 'Тіл' })).toHaveValue('kk');
  await expect(page.getByRole('button', { name: 'Кесте' })).toBeVisible();
  await expect(figure).toContainText('Энергетика');
  await expect(figure).toContainText('Цифрландыру');

  // Stored: an English address opens the reader's language; one that names a language keeps it.
  await page.goto('/chart/map');
  await expect(page).toHaveURL(/\/kk\/chart\/map$/);
  await waitForFigure(page, 'map');
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toContainText(
    'Өскемен',
  );
  await page.goto('/ru/chart/map');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('the front page opens in the browser’s language; an unknown ?lang is ignored', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh\/$/);
  await page.goto('/chart/agreements?lang=<b>');
  // A shared link keeps the language its address names.
  await expect(page).toHaveURL(/\/chart\/agreements\?lang=%3Cb%3E$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/zh/chart/agreements');
  await waitForFigure(page, 'agreements');
  const figure = page.locator('.figure:not(.figure-built) > svg[data-chart="agreements"]');
  await expect(figure).toContainText('能源');
  await page.evaluate(() => document.fonts.ready);
  // The Chinese font is self-hosted and was loaded for the glyphs on screen.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '能源'))).toBe(true);
  await context.close();
});

test('an English reader downloads no Chinese font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/');
  await waitForFigure(page, 'milestones');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((u) => u.includes('noto-sans-sc'))).toEqual([]);
});

test('an export in Kazakh carries the Kazakh words and their letters', async ({ page }) => {
  await page.goto('/kk/chart/agreements');
  await waitForFigure(page, 'agreements');
  // The menu speaks Kazakh too.
  await page.getByRole('button', { name: /^Экспорт/ }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Жүктеп алу пішімі' })
    .getByRole('button', { name: 'SVG', exact: true })
    .click();
  const svg = readFileSync(await (await downloading).path(), 'utf8');
  expect(svg).toContain('Цифрландыру');
  expect(svg).toMatch(/<svg[^>]*font-family="[^"]*Noto Sans SC/);
});

/** Interface and chart phrases that must not be left in English on a translated page. */
const ENGLISH = [
  'Kazakhstan–China Ties',
  'Trade between',
  'documents signed',
  'nuclear power plants planned',
  'Pick a sector',
  'Export all charts',
  'About this data',
  'About this dashboard',
  'Capitals and the visit city',
  'Border crossings',
  'Education and culture',
  'China customs',
  'Kazakhstan statistics',
  'Record, per the article',
  'milestones since',
  'places that tie',
  'Plants planned',
  'Diplomacy',
  'Loading',
  'Dashboard',
  'Language',
  'Theme',
  'Table',
  'Embed',
  'Open',
];

for (const lang of ['ru', 'kk', 'zh'] as const) {
  test(`the dashboard in ${lang} has no English left from the interface or the charts`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/${lang}/`);
    await waitForAllFigures(page);
    const text = await page.evaluate(() => document.body.innerText);
    const svgText = await page.evaluate(() =>
      [...document.querySelectorAll('.figure:not(.figure-built) > svg[data-chart] text')]
        .map((t) => t.textContent)
        .join('\n'),
    );
    const left = ENGLISH.filter((phrase) => text.includes(phrase) || svgText.includes(phrase));
    expect(left).toEqual([]);
    await expect(page).toHaveTitle(lang === 'zh' ? /哈中关系/ : /Қазақстан|Казахстан/);
  });
}

for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
  test(`every figure in ${lang} fits a 360 px phone, no text over another`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 760 });
    for (const id of ['trade', 'agreements', 'nuclear', 'map', 'milestones']) {
      await page.goto(localizedPath(`/chart/${id}`, lang));
      await waitForFigure(page, id);
      const problems = await page.evaluate((chart) => {
        const svg = document.querySelector(
          `.figure:not(.figure-built) > svg[data-chart="${chart}"]`,
        );
        if (!svg) return ['no figure'];
        const frame = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent.trim() !== '')
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        const out: string[] = [];
        for (const b of boxes) {
          if (b.r.left < frame.left - 1 || b.r.right > frame.right + 1)
            out.push(`outside the figure: ${b.text}`);
        }
        // Glyph boxes include line spacing; shrink them so only ink-on-ink counts.
        const ink = (r: DOMRect) => ({
          l: r.left + 1,
          r: r.right - 1,
          t: r.top + r.height * 0.2,
          b: r.bottom - r.height * 0.2,
        });
        boxes.forEach((one, i) => {
          for (const other of boxes.slice(i + 1)) {
            const a = ink(one.r);
            const c = ink(other.r);
            if (a.l < c.r && c.l < a.r && a.t < c.b && c.t < a.b)
              out.push(`"${one.text}" over "${other.text}"`);
          }
        });
        return out;
      }, id);
      expect(problems, `${id} in ${lang}`).toEqual([]);
    }
  });
}

test('a PowerPoint slide in Chinese speaks Chinese and says so', async ({ page }) => {
  await page.goto('/zh/chart/trade');
  await waitForFigure(page, 'trade');
  await page.getByRole('button', { name: /^导出/ }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: zh.downloadAs })
    .getByRole('button', { name: 'PowerPoint', exact: true })
    .click();
  const files = unzipSync(new Uint8Array(readFileSync(await (await downloading).path())));
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const slide = text('ppt/slides/slide1.xml');
  expect(slide).toContain('贸易额');
  expect(slide).toMatch(/lang="zh-CN"/);
  expect(slide).toContain('Microsoft YaHei');
  const chart = Object.keys(files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)) ?? '';
  expect(text(chart)).toContain('纪录');
  expect(text(chart)).toMatch(/lang="zh-CN"/);
  const notes = Object.keys(files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  expect(text(notes ?? '')).toContain(zh.slideNotesSources);
  expect(text(notes ?? '')).not.toContain('Sources:');
});

for (const lang of ['ru', 'kk', 'zh'] as const) {
  test(`axe-core finds no violations in ${lang}, quotes and translations shown`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/chart/nuclear`);
    await waitForFigure(page, 'nuclear');
    await page.locator('details summary').first().click();
    // Every quote is marked English, with the reader's translation beside it in their language.
    const translations = page.locator('.about-data .quote-translation');
    await expect(translations.first()).toBeVisible();
    expect(await translations.count()).toBeGreaterThan(5);
    await expect(translations.first()).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : lang);
    await expect(page.locator('.about-data q[lang="en"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

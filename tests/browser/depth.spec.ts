import { readFileSync } from 'node:fs';
import { localizedPath } from '../../src/state/localePaths';
import { expect, test, waitForFigure } from './fixtures';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const milestones = read('data/milestones.json') as { events: { id: string; title: string }[] };

/** Each event's title as a reader of `lang` sees it, from the data and its translations. */
function titles(lang: 'en' | 'ru' | 'kk' | 'zh'): string[] {
  const words = lang === 'en' ? {} : (read(`src/i18n/data/${lang}.json`) as Record<string, string>);
  return milestones.events.map((e) => words[`milestones.events.${e.id}.title`] ?? e.title);
}

test.describe('milestones', () => {
  for (const width of [960, 1280, 1920]) {
    for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
      test(`every title in full at ${String(width)} px in ${lang}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 1000 });
        await page.goto(localizedPath('/chart/milestones', lang));
        await waitForFigure(page, 'milestones');
        const svg = page.locator('.figure:not(.figure-built) > svg[data-chart="milestones"]');
        const { text, small, outside } = await svg.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const texts = [...el.querySelectorAll('[data-part="texts"] text, text')];
          return {
            // A title broken into lines is one text per line: read them as lines of one page.
            text: texts
              .map((t) => t.textContent)
              .join(' ')
              .replace(/\s+/g, ' '),
            // The smallest text a reader has to read, in CSS pixels on screen.
            small: Math.min(...texts.map((t) => t.getBoundingClientRect().height)),
            outside: texts
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.left < box.left - 1 || r.right > box.right + 1;
              })
              .map((t) => t.textContent),
          };
        });
        // Chinese breaks between characters, with no space to keep: compare without spaces.
        const plain = (t: string) =>
          lang === 'zh' ? t.replace(/\s/g, '') : t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
        for (const title of titles(lang)) {
          // Each title is there whole, only broken into lines at its own spaces.
          expect(plain(text), title).toContain(plain(title));
        }
        expect(text).not.toContain('…');
        expect(outside).toEqual([]);
        expect(small).toBeGreaterThanOrEqual(11);
      });
    }
  }

  for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
    test(`every title in full on its slide in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(localizedPath('/present/milestones', lang));
      const svg = page.locator('.figure:not(.figure-built) > svg[data-chart="milestones"]');
      await expect(svg).toBeVisible();
      // A slide too full to stay legible is split in parts ("(1/3)"); the arrow keys step on.
      let text = '';
      for (let step = 1; step <= 4; step++) {
        const shown = (await svg.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
        text += ` ${shown}`;
        const part = /[(（](\d)\/(\d)[)）]/.exec(shown);
        if (!part || part[1] === part[2]) break;
        await page.keyboard.press('ArrowRight');
        await expect(svg).toContainText(`${String(step + 1)}/${part[2] ?? ''}`);
      }
      const plain = (t: string) =>
        lang === 'zh' ? t.replace(/\s/g, '') : t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
      for (const title of titles(lang)) expect(plain(text)).toContain(plain(title));
      expect(text).not.toContain('…');
    });
  }
});

test.describe('without trade.json', () => {
  // The browser notes the failed request in the console; nothing else may appear there.
  test.use({ expectedConsole: [/^Failed to load resource/] });

  test('the map draws, saying which file and why', async ({ page }) => {
    await page.route('**/data/trade.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/chart/map');
    await waitForFigure(page, 'map');
    const card = page.locator('[data-chart-card="map"]');
    await expect(card.getByRole('alert')).toHaveCount(0);
    await expect(card.getByRole('status')).toContainText('trade.json: file not found (HTTP 404)');
    const svg = card.locator('.figure:not(.figure-built) > svg[data-chart="map"]');
    await expect(svg).toContainText('The trade line is left out');
    await expect(svg).toContainText('Astana');
    await expect(svg.locator('[data-mark="trade-line"]')).toHaveCount(0);
  });
});

for (const width of [320, 360, 390]) {
  test(`trade tooltips stay inside a ${String(width)} px phone`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/chart/trade');
    await waitForFigure(page, 'trade');
    const marks = page.locator('[data-chart-card="trade"] .mark-target');
    const count = await marks.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      await marks.nth(i).focus();
      const tip = page.getByRole('tooltip');
      await expect(tip).toBeVisible();
      const box = await tip.boundingBox();
      if (!box) throw new Error('no tooltip box');
      expect(box.x, `mark ${String(i)}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `mark ${String(i)}`).toBeLessThanOrEqual(width);
    }
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a tap shows a value and changes nothing; the tooltip’s button highlights', async ({
    page,
  }) => {
    await page.goto('/chart/trade');
    await waitForFigure(page, 'trade');
    const mark = page.locator('[data-chart-card="trade"] [data-mark-id="cn-customs-2022"]');
    await mark.tap();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText('2022');
    expect(new URL(page.url()).search).toBe('');
    await expect(mark).toHaveAttribute('aria-pressed', 'false');
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await expect(tip).toHaveCount(0);
    // Highlighting is the tooltip's button.
    await mark.tap();
    await tip.getByRole('button', { name: 'Highlight across charts' }).tap();
    await expect(page).toHaveURL(/year=2022/);
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
  });
});

test('a mouse click highlights, and the tooltip closes when the pointer leaves', async ({
  page,
}) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const mark = page.locator('[data-chart-card="trade"] [data-mark-id="cn-customs-2022"]');
  await mark.click();
  await expect(page).toHaveURL(/year=2022/);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('a chart whose every mark misses the highlights says so', async ({ page }) => {
  await page.goto('/?sector=energy&year=2023');
  await waitForFigure(page, 'milestones');
  await expect(page.locator('[data-chart-card="milestones"]').getByRole('status')).toHaveText(
    'Nothing in this chart matches what is highlighted.',
  );
  await expect(page.locator('.selection-note')).toContainText('by this dashboard');
  await page.goto('/?sector=energy');
  await waitForFigure(page, 'milestones');
  await expect(page.locator('[data-chart-card="milestones"]').getByRole('status')).toHaveCount(0);
});

test('the header’s About link goes to the dashboard’s About section from a chart page', async ({
  page,
}) => {
  await page.goto('/chart/nuclear');
  await page.getByRole('link', { name: 'About', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#about')).toBeFocused();
});

test('Escape hides a headline figure’s note; it is not announced as a button', async ({ page }) => {
  await page.goto('/');
  const headlines = page.getByRole('region', { name: 'Headline figures' });
  await expect(headlines.getByRole('button')).toHaveCount(0);
  await page.locator('.headline-button').first().focus();
  const note = page.locator('.headline-tip').first();
  await expect(note).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});

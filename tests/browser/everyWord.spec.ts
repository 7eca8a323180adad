import type { Page } from '@playwright/test';
import { localizedPath } from '../../src/state/localePaths';
import { CHART_IDS, expect, test, waitForAllFigures, waitForFigure } from './fixtures';

/** English that must not reach a reader of another language, whole words only. */
const ENGLISH =
  /\b(January|February|March|April|June|July|August|September|October|November|December|undated|data points|Slide 16:9|Square|Custom|Highlight|Another source)\b|\bSources?:/;

/**
 * Every word a reader of the page can meet: visible text, text shown on hover (tooltips, the
 * headline figures' notes), the figures' own text, and every accessible name. Quotes stay as
 * their sources wrote them, marked `lang="en"`, and are left out.
 */
async function wordsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      // The language switcher names each language in itself ("English"), as it should.
      if (!parent || parent.closest('script, style, [lang="en"]:not(html), option[lang]')) {
        continue;
      }
      const text = n.textContent?.trim() ?? '';
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (el.closest('[lang="en"]:not(html)')) continue;
      for (const attr of ['aria-label', 'title', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

function english(words: readonly string[]): string[] {
  return words.filter((w) => ENGLISH.test(w));
}

for (const lang of ['ru', 'kk', 'zh'] as const) {
  test(`${lang}: no English month, "undated" or interface phrase on any page`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(localizedPath('/', lang));
    await waitForAllFigures(page);
    // The export options are words too: open one Export menu.
    await page.locator('[data-chart-card="trade"] .export-menu button[aria-expanded]').click();
    await expect(
      page.locator('[data-chart-card="trade"] .export-options select').first(),
    ).toBeVisible();
    expect(english(await wordsOnPage(page)), 'dashboard').toEqual([]);
    for (const id of CHART_IDS) {
      await page.goto(localizedPath(`/chart/${id}`, lang));
      await waitForFigure(page, id);
      expect(english(await wordsOnPage(page)), id).toEqual([]);
    }
    for (let slide = 1; slide <= 7; slide++) {
      await page.goto(localizedPath(`/present/${String(slide)}`, lang));
      await expect(page.locator('.slide')).toBeVisible();
      expect(english(await wordsOnPage(page)), `slide ${String(slide)}`).toEqual([]);
    }
  });
}

test('the English pages pass the same check only because the words are English', async ({
  page,
}) => {
  // The check can fail: on an English page it finds the English words it looks for.
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  expect(english(await wordsOnPage(page)).length).toBeGreaterThan(0);
});

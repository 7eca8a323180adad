import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForFigure } from './fixtures';

const root = resolve(import.meta.dirname, '../..');

// The build cuts the figure font to the characters the site shows; a data file corrected after
// the build may use one it did not see. The page then loads the full font's slice for it, and
// an export still carries the glyph.

test('a character the build did not see is drawn in the figure font, on the page and in a PDF', async ({
  page,
}) => {
  const file = resolve(root, 'dist/data/sources.json');
  const original = readFileSync(file, 'utf8');
  const sources = JSON.parse(original) as { sources: { id: string; publisher: string }[] };
  const first = sources.sources.find((s) => s.id === 'trade-cn-2013');
  if (!first) throw new Error('no trade-cn-2013 source');
  first.publisher = 'Łódź Źródło Review';
  writeFileSync(file, JSON.stringify(sources));
  try {
    await page.goto('/chart/trade');
    await waitForFigure(page, 'trade');
    const figure = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]');
    await expect(figure).toContainText('Łódź Źródło Review');
    // The cut faces lack Ł and Ź: the fallback slices are declared, and the one with them loads.
    await expect(page.locator('link[href$="fonts/fallback.css"]')).toHaveCount(1);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await document.fonts.load('16px "Noto Sans"', 'ŁŹ');
          return document.fonts.check('16px "Noto Sans"', 'ŁŹ');
        }),
      )
      .toBe(true);
    await page.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('group', { name: 'Download as' })
      .getByRole('button', { name: 'PDF', exact: true })
      .click();
    const path = await (await downloading).path();
    // The words extract as written, from faces the file carries.
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Łódź Źródło');
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toMatch(/\bno\s+no\s*$/m);
  } finally {
    writeFileSync(file, original);
  }
});

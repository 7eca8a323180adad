import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { sfntFromWoff } from '../../src/export/sfnt';
import { kk } from '../../src/i18n/messages/kk';
import { zh } from '../../src/i18n/messages/zh';
import { expect, test, waitForFigure } from './fixtures';

/**
 * Chinese and Kazakh exports must show their glyphs, never empty boxes. Each file is drawn by a
 * second renderer with the same Noto faces installed (librsvg for the SVG, poppler for the PDF)
 * and compared with the PNG Chromium made. A control drawn with no Cyrillic or Chinese face
 * shows the boxes, and must differ far more.
 */

const FONTSOURCE = fileURLToPath(new URL('../../node_modules/@fontsource', import.meta.url));

function fontConfig(dir: string, wanted: (file: string) => boolean): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const pkg of ['noto-sans', 'noto-sans-sc']) {
    const files = join(FONTSOURCE, pkg, 'files');
    for (const file of readdirSync(files).filter((f) => f.endsWith('.woff') && wanted(f))) {
      const sfnt = sfntFromWoff(new Uint8Array(readFileSync(join(files, file))));
      writeFileSync(join(fonts, file.replace(/\.woff$/, '.ttf')), sfnt);
    }
  }
  // Each slice names its own family ("Noto Sans SC SemiBold"); fold them into the two the
  // figure asks for, so weights match as they do in the browser.
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <match target="scan">
    <test name="family" compare="contains"><string>Noto Sans SC</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans SC</string></edit>
  </match>
  <match target="scan">
    <test name="family"><string>Noto Sans SemiBold</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans</string></edit>
  </match>
</fontconfig>
`,
  );
  return conf;
}

const figureFace = (f: string) =>
  /^noto-sans-(latin|latin-ext|cyrillic|cyrillic-ext)-(400|600)-normal|^noto-sans-latin-400-italic|^noto-sans-sc-\d+-(400|600)-normal/.test(
    f,
  );
const latinOnly = (f: string) =>
  /^noto-sans-latin-(400|600)-normal|^noto-sans-latin-400-italic/.test(f);

const MENUS = { zh, kk };

async function exportAs(page: Page, lang: 'zh' | 'kk', id: string, format: string) {
  const t = MENUS[lang];
  const card = page.locator(`[data-chart-card="${id}"]`);
  const toggle = card.getByRole('button', { name: new RegExp(`^${t.exportButton}`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const downloading = page.waitForEvent('download');
  await card
    .getByRole('group', { name: t.downloadAs })
    .getByRole('button', { name: format, exact: true })
    .click();
  return readFileSync(await (await downloading).path());
}

function differing(a: PNG, b: PNG): number {
  expect({ w: b.width, h: b.height }).toEqual({ w: a.width, h: a.height });
  const diff = new PNG({ width: a.width, height: a.height });
  return (
    pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.25 }) /
    (a.width * a.height)
  );
}

const CASES = [
  { lang: 'zh', id: 'nuclear' },
  { lang: 'zh', id: 'map' },
  { lang: 'kk', id: 'agreements' },
  { lang: 'kk', id: 'nuclear' },
] as const;

for (const { lang, id } of CASES) {
  test(`${id} in ${lang}: the PNG, SVG and PDF show the same glyphs`, async ({ page }, info) => {
    test.setTimeout(90_000);
    const full = fontConfig(info.outputPath('noto'), figureFace);
    const bare = fontConfig(info.outputPath('latin'), latinOnly);
    await page.goto(`/${lang}/chart/${id}`);
    await waitForFigure(page, id);

    const png = PNG.sync.read(await exportAs(page, lang, id, 'PNG'));
    const svgFile = info.outputPath(`${id}.svg`);
    writeFileSync(svgFile, await exportAs(page, lang, id, 'SVG'));
    const pdfFile = info.outputPath(`${id}.pdf`);
    writeFileSync(pdfFile, await exportAs(page, lang, id, 'PDF'));
    const [w, h] = [String(png.width), String(png.height)];

    const rsvg = (conf: string, out: string) => {
      execFileSync('rsvg-convert', ['-w', w, '-h', h, '-o', out, svgFile], {
        env: { ...process.env, FONTCONFIG_FILE: conf },
      });
      return PNG.sync.read(readFileSync(out));
    };
    const svgShare = differing(png, rsvg(full, info.outputPath('rsvg.png')));
    const boxesShare = differing(png, rsvg(bare, info.outputPath('rsvg-boxes.png')));
    execFileSync(
      'pdftoppm',
      [
        '-png',
        '-singlefile',
        '-scale-to-x',
        w,
        '-scale-to-y',
        h,
        pdfFile,
        pdfFile.replace(/\.pdf$/, ''),
      ],
      // With only Latin faces on the system, any other glyph the PDF shows is embedded in it.
      { env: { ...process.env, FONTCONFIG_FILE: bare } },
    );
    const pdfShare = differing(png, PNG.sync.read(readFileSync(pdfFile.replace(/\.pdf$/, '.png'))));

    // The PDF's text is text: it extracts, in the figure's language.
    const title = /<title[^>]*>([^<]+)<\/title>/.exec(readFileSync(svgFile, 'utf8'))?.[1];
    const extracted = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(title).toBeTruthy();
    expect(squash(extracted)).toContain(squash(title ?? '-').slice(0, 12));

    const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
    const report = `SVG ${pct(svgShare)}, PDF ${pct(pdfShare)}, boxes ${pct(boxesShare)}`;
    await info.attach('differences', { body: report, contentType: 'text/plain' });
    // Antialiasing differs between the renderers; glyphs, layout and colours must not.
    expect(svgShare, report).toBeLessThan(0.02);
    expect(pdfShare, report).toBeLessThan(0.025);
    expect(boxesShare, report).toBeGreaterThan(Math.max(svgShare, pdfShare) * 1.5);
  });
}

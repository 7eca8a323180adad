import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { pngSize, readTextChunks } from '../../src/export/pngText';
import { CHART_IDS, expect, test, waitForFigure } from './fixtures';
import { openPptx } from '../helpers/pptx';

async function openPanel(page: Page, id: string) {
  const card = page.locator(`[data-chart-card="${id}"]`);
  const toggle = card.getByRole('button', { name: /^Export/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return card;
}

async function exportFile(
  page: Page,
  id: string,
  format: string,
): Promise<{ name: string; bytes: Buffer }> {
  const card = await openPanel(page, id);
  const downloading = page.waitForEvent('download');
  await card
    .getByRole('group', { name: 'Download as' })
    .getByRole('button', { name: format, exact: true })
    .click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

function svgSize(text: string) {
  return {
    width: Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]),
    height: Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]),
  };
}

async function decode(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    // The title must be drawn: count the pixels in its band that differ from the corner.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { w: bitmap.width, h: bitmap.height, ink: 0 };
    ctx.drawImage(bitmap, 0, 0);
    const band = ctx.getImageData(0, 0, bitmap.width, Math.round(bitmap.height * 0.06)).data;
    const [r0, g0, b0] = [band[0] ?? 0, band[1] ?? 0, band[2] ?? 0];
    let ink = 0;
    for (let i = 0; i < band.length; i += 4) {
      const d =
        Math.abs((band[i] ?? 0) - r0) +
        Math.abs((band[i + 1] ?? 0) - g0) +
        Math.abs((band[i + 2] ?? 0) - b0);
      if (d > 120) ink++;
    }
    return { w: bitmap.width, h: bitmap.height, ink };
  }, bytes.toString('base64'));
}

test.beforeEach(async ({ page }) => {
  // Start each test from the default options, once: a reload must keep what was chosen.
  await page.addInitScript(() => {
    if (window.sessionStorage.getItem('kzcn-test-fresh') === null) {
      window.localStorage.removeItem('kzcn-export-options');
      window.sessionStorage.setItem('kzcn-test-fresh', '1');
    }
  });
});

for (const id of CHART_IDS) {
  test(`${id}: every format holds the figure and its sources`, async ({ page }, info) => {
    test.setTimeout(90_000);
    await page.goto(`/chart/${id}`);
    await waitForFigure(page, id);

    const svg = await exportFile(page, id, 'SVG');
    expect(svg.name).toBe(`kzcn-${id}-en.svg`);
    const text = svg.bytes.toString('utf8');
    const { width, height } = svgSize(text);
    expect(width).toBeGreaterThan(200);
    expect(text).toMatch(/<title[^>]*>[^<]+<\/title>/);
    expect(text).toMatch(/<desc[^>]*>[^<]{80,}<\/desc>/);
    // Self-contained: nothing that needs a stylesheet or the network.
    expect(text).not.toMatch(
      /<foreignObject|\sclass="|\sstyle="|var\(--|href="http|url\(http|<script/,
    );
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        meta: doc.querySelector('metadata')?.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBe(false);
    const meta = JSON.parse(parsed.meta) as { chart: string; url: string; sources: unknown[] };
    expect(meta.chart).toBe(id);
    expect(meta.url).toContain(`/chart/${id}`);
    expect(meta.sources.length).toBeGreaterThan(0);
    // The same chart and options give the same bytes.
    expect((await exportFile(page, id, 'SVG')).bytes.equals(svg.bytes)).toBe(true);

    const png = await exportFile(page, id, 'PNG');
    expect(png.name).toBe(`kzcn-${id}-en.png`);
    const bytes = new Uint8Array(png.bytes);
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
    const chunks = readTextChunks(bytes);
    expect(chunks.Title).toMatch(/\S/);
    expect(chunks.URL).toContain(`/chart/${id}`);
    expect(chunks.Source).toMatch(/\S/);
    const decoded = await decode(page, png.bytes);
    expect({ w: decoded.w, h: decoded.h }).toEqual({ w: width * 2, h: height * 2 });
    expect(decoded.ink, 'title text drawn in the PNG').toBeGreaterThan(500);
    await info.attach(png.name, { body: png.bytes, contentType: 'image/png' });

    const pdf = await exportFile(page, id, 'PDF');
    expect(pdf.name).toBe(`kzcn-${id}-en.pdf`);
    const pdfText = pdf.bytes.toString('latin1');
    expect(pdfText.startsWith('%PDF-')).toBe(true);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdfText);
    // CSS px × 0.75 = pt: the page has the figure's size.
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([
      Math.round(width * 0.75),
      Math.round(height * 0.75),
    ]);
    expect(pdfText).toContain('/Title (');
    expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true);

    const pptx = await exportFile(page, id, 'PowerPoint');
    expect(pptx.name).toBe(`kzcn-${id}-en.pptx`);
    const files = unzipSync(new Uint8Array(pptx.bytes));
    expect(Object.keys(files)).toContain('[Content_Types].xml');
    expect(Object.keys(files)).toContain('ppt/slides/slide1.xml');
    const notes = Object.keys(files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes && strFromU8(files[notes] ?? new Uint8Array())).toContain('Sources:');
    expect(strFromU8(files['docProps/core.xml'] ?? new Uint8Array())).toContain('<dc:title>');
    // Native content, never a picture: trade a chart, the others a group of shapes and text.
    const hasChart = Object.keys(files).some((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(hasChart).toBe(id === 'trade');
    expect(Object.keys(files).filter((f) => /^ppt\/media\/./.test(f))).toEqual([]);
    // One slide, or a long chart's parts (as in the deck), each titled with its part.
    const { slides } = openPptx(new Uint8Array(pptx.bytes));
    expect(slides.length).toBeGreaterThanOrEqual(1);
    expect(slides.length).toBeLessThanOrEqual(id === 'nuclear' || id === 'milestones' ? 4 : 1);
    slides.forEach((slide, i) => {
      expect(slide).toContain('<p:grpSp>');
      if (slides.length > 1) expect(slide).toContain(`(${String(i + 1)}/${String(slides.length)})`);
    });

    const xlsx = await exportFile(page, id, 'Excel');
    expect(xlsx.name).toBe(`kzcn-${id}-en.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Data', 'Sources']);
    expect(book.getWorksheet('Data')?.rowCount ?? 0).toBeGreaterThan(1);

    const csv = (await exportFile(page, id, 'CSV')).bytes.toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('Source id');
    expect(lines.length).toBeGreaterThan(2);
    const json = JSON.parse((await exportFile(page, id, 'JSON')).bytes.toString('utf8')) as {
      rows: unknown[];
      sources: unknown[];
    };
    expect(json.rows.length).toBe(lines.length - 1);
    expect(json.sources.length).toBeGreaterThan(0);
  });
}

test('options: slide size, 3× scale, dark, no title, remembered; bad sizes refused', async ({
  page,
}) => {
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const card = await openPanel(page, 'trade');
  await card.getByLabel('Size').selectOption('slide');
  await card.getByLabel('PNG scale').selectOption('3');
  await card.getByRole('combobox', { name: /^Theme/ }).selectOption('dark');
  await card.getByLabel('Title', { exact: true }).uncheck();
  const png = await exportFile(page, 'trade', 'PNG');
  expect(png.name).toBe('kzcn-trade-en-3x.png');
  expect(pngSize(new Uint8Array(png.bytes))).toEqual({ width: 1920 * 3, height: 1080 * 3 });
  const svg = (await exportFile(page, 'trade', 'SVG')).bytes.toString('utf8');
  expect(svgSize(svg)).toEqual({ width: 1920, height: 1080 });
  expect(svg).toContain('fill="#15191e"');
  // The title stays in <title> for readers and search, but is not drawn.
  expect(svg).not.toMatch(/<tspan[^>]*>Trade between Kazakhstan/);

  await page.reload();
  await waitForFigure(page, 'trade');
  const again = await openPanel(page, 'trade');
  await expect(again.getByLabel('Size')).toHaveValue('slide');
  await expect(again.getByLabel('PNG scale')).toHaveValue('3');

  await again.getByLabel('Size').selectOption('custom');
  for (const bad of ['0', '-5', '9000']) {
    await again.getByLabel('Width', { exact: true }).fill(bad);
    await again
      .getByRole('group', { name: 'Download as' })
      .getByRole('button', { name: 'PNG', exact: true })
      .click();
    await expect(again.getByRole('status')).toContainText('Export failed: Width must be');
  }
  // Within the side limits, but more pixels than a canvas holds at 4×.
  await again.getByLabel('Width', { exact: true }).fill('8000');
  await again.getByLabel('Height', { exact: true }).fill('4000');
  await again.getByLabel('PNG scale').selectOption('4');
  await again
    .getByRole('group', { name: 'Download as' })
    .getByRole('button', { name: 'PNG', exact: true })
    .click();
  await expect(again.getByRole('status')).toContainText(
    'Export failed: A PNG of 32000 × 16000 px is more than a browser can draw',
  );
  await again.getByLabel('Width', { exact: true }).fill('');
  await again
    .getByRole('group', { name: 'Download as' })
    .getByRole('button', { name: 'SVG', exact: true })
    .click();
  await expect(again.getByRole('status')).toContainText('Export failed: Width must be a number');
  // The page keeps working after a refused export.
  await again.getByLabel('Width', { exact: true }).fill('800');
  await again.getByLabel('Height', { exact: true }).fill('600');
  const custom = (await exportFile(page, 'trade', 'SVG')).bytes.toString('utf8');
  expect(svgSize(custom)).toEqual({ width: 800, height: 600 });
});

test('the exported SVG looks the same in librsvg as in Chromium', async ({ page }, info) => {
  test.setTimeout(120_000);
  for (const id of CHART_IDS) {
    await page.goto(`/chart/${id}`);
    await waitForFigure(page, id);
    const text = (await exportFile(page, id, 'SVG')).bytes.toString('utf8');
    const { width, height } = svgSize(text);
    const file = info.outputPath(`${id}.svg`);
    writeFileSync(file, text);
    const rsvgPng = info.outputPath(`${id}-rsvg.png`);
    execFileSync('rsvg-convert', ['-w', String(width), '-h', String(height), '-o', rsvgPng, file]);
    const chrome = await page.context().newPage();
    await chrome.setViewportSize({ width, height });
    await chrome.goto(`file://${file}`);
    const chromePng = info.outputPath(`${id}-chromium.png`);
    await chrome.screenshot({ path: chromePng, clip: { x: 0, y: 0, width, height } });
    await chrome.close();
    const a = PNG.sync.read(readFileSync(rsvgPng));
    const b = PNG.sync.read(readFileSync(chromePng));
    expect({ w: a.width, h: a.height }).toEqual({ w: b.width, h: b.height });
    const diff = new PNG({ width, height });
    const differing = pixelmatch(a.data, b.data, diff.data, width, height, { threshold: 0.25 });
    const share = differing / (width * height);
    // Text antialiasing differs between the two renderers; layout, colours and shapes must not.
    expect(share, `${id}: ${(share * 100).toFixed(2)}% of pixels differ`).toBeLessThan(0.03);
  }
});

test('a dropped PNG or SVG reopens the view it was exported from', async ({ page }) => {
  await page.goto('/chart/trade?year=2022');
  await waitForFigure(page, 'trade');
  const png = await exportFile(page, 'trade', 'PNG');
  await page.goto('/chart/map?hide=education&sector=energy');
  await waitForFigure(page, 'map');
  const svg = await exportFile(page, 'map', 'SVG');

  const drop = async (bytes: Buffer, name: string, type: string) => {
    await page.evaluate(
      ({ b64, name: n, type: t }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], n, { type: t }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
      },
      { b64: bytes.toString('base64'), name, type },
    );
  };
  await page.goto('/');
  await drop(png.bytes, png.name, 'image/png');
  await expect(page).toHaveURL(/\/chart\/trade\?year=2022$/);
  await waitForFigure(page, 'trade');
  await expect(page.getByText(`Opened the view saved in ${png.name}.`)).toBeVisible();

  await drop(svg.bytes, svg.name, 'image/svg+xml');
  await expect(page).toHaveURL(/\/chart\/map\?hide=education&sector=energy$/);

  await drop(
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    'other.svg',
    'image/svg+xml',
  );
  await expect(page.getByText('other.svg holds no view of this dashboard.')).toBeVisible();
  await expect(page).toHaveURL(/\/chart\/map/);
});

test('Copy image puts a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chart/agreements');
  await waitForFigure(page, 'agreements');
  const card = await openPanel(page, 'agreements');
  await card.getByRole('button', { name: 'Copy image', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Image copied');
  const types = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return items.flatMap((i) => [...i.types]);
  });
  expect(types).toContain('image/png');
});

test('Export all writes one ZIP with every chart, with progress, and can be cancelled', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByText('Export all charts', { exact: true }).click();
  const panel = page.locator('.export-all');
  await expect(panel.getByRole('checkbox', { name: 'PNG' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'SVG' })).toBeChecked();
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await panel.getByRole('button', { name: 'Export all as ZIP' }).click();
  const download = await downloading;
  const elapsed = Date.now() - started;
  expect(download.suggestedFilename()).toBe('kzcn-charts.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual(
    CHART_IDS.flatMap((id) => [`kzcn-${id}-en.png`, `kzcn-${id}-en.svg`]).sort(),
  );
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.png')) expect(readTextChunks(data).Title).toMatch(/\S/);
  }
  // "As shown" is the size each chart's own Export menu gives: the card's width on this page.
  const cardWidth = await page
    .locator('[data-chart-card="trade"] .figure-wrap')
    .evaluate((el) => Math.floor(el.getBoundingClientRect().width));
  expect(svgSize(strFromU8(files['kzcn-trade-en.svg'] ?? new Uint8Array())).width).toBe(cardWidth);
  await info(elapsed);

  await panel.getByRole('checkbox', { name: 'PowerPoint' }).check();
  await panel.getByRole('button', { name: 'Export all as ZIP' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Cancelled');
  await expect(panel.getByRole('button', { name: 'Export all as ZIP' })).toBeEnabled();
});

test('Export all offers one PowerPoint deck of every chart, in the reader’s language and shape', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/ru/');
  await page.getByText('Экспорт всех графиков', { exact: true }).click();
  const deck = page.locator('.deck-export');
  await deck.getByRole('radio', { name: 'Слайды 4:3' }).check();
  const downloading = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'Скачать презентацию' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kzcn-deck-ru-4x3.pptx');
  await expect(deck.getByRole('status')).toHaveText(/kzcn-deck-ru-4x3\.pptx/);
  const { slides, text } = openPptx(new Uint8Array(readFileSync(await download.path())));
  // Title, each chart (a long one over two to four slides on a 4:3 slide), sources.
  expect(slides.length).toBeGreaterThanOrEqual(CHART_IDS.length + 2);
  expect(slides.length).toBeLessThanOrEqual(CHART_IDS.length + 2 + 3 + 2);
  // 10 × 7.5 in.
  expect(text('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  const map = slides.find((xml) => xml.includes('<a:t>Хоргос</a:t>'));
  if (!map) throw new Error('no map slide');
  expect(map).toContain('<p:grpSp>');
  expect(map).toContain('<a:t>Хоргос</a:t>');
  expect(map).toContain('lang="ru-RU"');
  expect(map).not.toContain('<p:pic>');

  const handingOut = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'Скачать раздаточный материал (PDF)' }).click();
  const handout = await handingOut;
  expect(handout.suggestedFilename()).toBe('kzcn-handout-ru-4x3.pdf');
  const pdf = readFileSync(await handout.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfInfo = execFileSync('pdfinfo', [await handout.path()], { encoding: 'utf8' });
  expect(pdfInfo).toMatch(new RegExp(`Pages:\\s+${String(slides.length)}\\s`));
  expect(pdfInfo).toMatch(/Page size:\s+720 x 540 pts/);
});

/** Timing is reported, never asserted: machines differ. */
async function info(ms: number): Promise<void> {
  await test.info().attach('export-all-ms', { body: String(ms), contentType: 'text/plain' });
}

const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'])
      .toString()
      .trim();
  } catch {
    return '';
  }
})();

test('the PowerPoint file opens in LibreOffice Impress', async ({ page }, info) => {
  test.skip(
    soffice === '',
    'LibreOffice is not installed here; the package structure is checked above',
  );
  test.setTimeout(120_000);
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const pptx = await exportFile(page, 'trade', 'PowerPoint');
  const file = info.outputPath('kzcn-trade-en.pptx');
  writeFileSync(file, pptx.bytes);
  execFileSync(
    soffice,
    ['--headless', '--convert-to', 'pdf', '--outdir', info.outputPath(), file],
    {
      timeout: 90_000,
    },
  );
  expect(readFileSync(info.outputPath('kzcn-trade-en.pdf')).subarray(0, 5).toString()).toBe(
    '%PDF-',
  );
});

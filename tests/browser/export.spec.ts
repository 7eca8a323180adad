import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize, readTextChunks } from '../../src/export/pngText';
import { CHART_IDS, expect, test, waitForFigure } from './fixtures';

async function exportFile(
  page: Page,
  id: string,
  item: RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  const card = page.locator(`[data-chart-card="${id}"]`);
  await card.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: item }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

for (const id of CHART_IDS) {
  test(`${id}: PNG, SVG, CSV and JSON exports hold the figure and its sources`, async ({
    page,
  }, info) => {
    await page.goto(`/chart/${id}`);
    await waitForFigure(page, id);

    const svg = await exportFile(page, id, /^SVG/);
    expect(svg.name).toBe(`kzcn-${id}.svg`);
    const text = svg.bytes.toString('utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
    expect(width).toBeGreaterThan(200);
    expect(text).toMatch(/<title[^>]*>[^<]+<\/title>/);
    expect(text).toMatch(/<desc[^>]*>[^<]{80,}<\/desc>/);
    expect(text).toContain('<metadata');
    // Self-contained: nothing that needs a stylesheet or the network.
    expect(text).not.toMatch(/<foreignObject|class="|var\(--|href="http|url\(http|<script/);
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
    const again = await exportFile(page, id, /^SVG/);
    expect(again.bytes.equals(svg.bytes)).toBe(true);

    const png = await exportFile(page, id, /^PNG/);
    expect(png.name).toBe(`kzcn-${id}-2x.png`);
    const bytes = new Uint8Array(png.bytes);
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
    const chunks = readTextChunks(bytes);
    expect(chunks.Title).toMatch(/\S/);
    expect(chunks.URL).toContain(`/chart/${id}`);
    expect(chunks.Source).toMatch(/\S/);
    const decoded = await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      // The title must be drawn: count the pixels in its band that differ from the background.
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
    }, png.bytes.toString('base64'));
    expect({ w: decoded.w, h: decoded.h }).toEqual({ w: width * 2, h: height * 2 });
    expect(decoded.ink, 'title text drawn in the PNG').toBeGreaterThan(500);
    await info.attach(png.name, { body: png.bytes, contentType: 'image/png' });

    const csv = (await exportFile(page, id, /^CSV/)).bytes.toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('Source id');
    expect(lines.length).toBeGreaterThan(2);

    const json = JSON.parse((await exportFile(page, id, /^JSON/)).bytes.toString('utf8')) as {
      rows: unknown[];
      sources: unknown[];
    };
    expect(json.rows.length).toBe(lines.length - 1);
    expect(json.sources.length).toBeGreaterThan(0);
  });
}

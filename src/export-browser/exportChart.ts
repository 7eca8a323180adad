import type { QueryClient } from '@tanstack/react-query';
import type { Selection } from '../figure/selection';
import type { ComposedFigure } from '../charts/compose';
import type { RegisteredChart } from '../charts/defineChart';
import { loadFigure } from '../queries/loadFigure';
import { palettes } from '../figure/palette';
import type { Language } from '../i18n/languages';
import { describeSource } from '../i18n/sources';
import { exportFileName, type ExportFormat } from './fileName';
import { embeddedFontCss, embeddedFonts, type FontProbe } from './fonts';
import { checkPngPixels, resolveSize, type ExportOptions } from './options';
import { tagPng } from './pngText';
import { renderFigureSvg } from './svgDocument';
import { warmRasterCanvas, withRasterCanvas } from './rasterCanvas';
import { tableToCsv, tableToJson } from './tableFiles';

export interface ExportRequest {
  chart: RegisteredChart;
  client: QueryClient;
  format: ExportFormat;
  options: ExportOptions;
  /** The width the figure has on screen, for the "as shown" size. */
  shownWidth: number;
  selection: Selection;
  /** The page's address, recorded in the file so it can reopen the view. */
  url: string;
  /** The export date, YYYY-MM-DD. */
  date: string;
  /** The language of the figure's words (English when absent). */
  lang?: Language;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

export interface FigureMetadata {
  title: string;
  summary: string;
  chart: string;
  url: string;
  exported: string;
  sources: { id: string; citation: string; url: string | null }[];
}

/** Everything a file needs: the figure at the asked size, its SVG, and what to say about it. */
export async function prepareFigure(r: ExportRequest) {
  const size = resolveSize(r.options, r.shownWidth);
  const { sector, year, place, hide } = r.selection;
  const figure = await loadFigure(r.client, r.chart, {
    size,
    selection: { sector, year, place, ...(hide ? { hide } : {}) },
    lang: r.lang ?? 'en',
  });
  const { model, sources } = figure;
  const metadata: FigureMetadata = {
    title: model.text.title,
    summary: model.summary,
    chart: r.chart.id,
    url: r.url,
    exported: r.date,
    sources: model.citations.map((id) => {
      const s = sources.byId.get(id);
      return { id, citation: describeSource(s), url: s?.url ?? null };
    }),
  };
  const themeName = r.options.theme === 'dark' ? 'dark' : 'light';
  const svg = renderFigureSvg(
    figure,
    r.chart.id,
    palettes[themeName],
    metadata,
    r.options.theme === 'transparent',
  );
  return { figure, metadata, svg };
}

export async function exportChart(r: ExportRequest): Promise<ExportedFile> {
  const scale = r.options.scale;
  const name = exportFileName(r.chart.id, r.format, scale);
  const { figure, metadata, svg } = await prepareFigure(r);
  const { model, sources } = figure;
  switch (r.format) {
    case 'csv':
      return { name, blob: new Blob([tableToCsv(model.table, sources)], { type: 'text/csv' }) };
    case 'json':
      return {
        name,
        blob: new Blob([tableToJson(model.table, sources, { ...metadata })], {
          type: 'application/json',
        }),
      };
    case 'svg':
      return { name, blob: new Blob([svg], { type: 'image/svg+xml' }) };
    case 'png':
      return { name, blob: await pngFile(svg, figure, metadata, scale) };
    case 'pdf': {
      const { pdfFile } = await import('./pdf');
      return { name, blob: await pdfFile(svg, model.frame.width, model.frame.height, metadata) };
    }
    case 'pptx': {
      const { pptxFile } = await import('./pptx');
      const picture = await pngFile(svg, figure, metadata, 2);
      return { name, blob: await pptxFile(r.chart.id, figure, metadata, picture, r.lang) };
    }
  }
}

/**
 * Gets a PNG export of this view ready while the reader picks a format: lays the figure out,
 * reads the fonts it needs and allocates the canvas, so the click itself only draws and encodes.
 */
export async function prepareForPng(r: Omit<ExportRequest, 'format'>): Promise<void> {
  const { figure, svg } = await prepareFigure({ ...r, format: 'png' });
  await embeddedFontCss(svg);
  const { width, height } = figure.model.frame;
  await warmRasterCanvas(Math.round(width * r.options.scale), Math.round(height * r.options.scale));
}

export async function pngFile(
  svg: string,
  figure: ComposedFigure,
  metadata: FigureMetadata,
  scale: number,
): Promise<Blob> {
  const fonts = await embeddedFonts(svg.replace(/<metadata[\s\S]*?<\/metadata>/, ''));
  const { frame } = figure.model;
  const probed = withProbes(
    svg.replace(/(<desc[^>]*>[\s\S]*?<\/desc>)/, `$1<style>${fonts.css}</style>`),
    frame.width,
    frame.height,
    fonts.probes,
  );
  const png = await rasterise(probed, frame.width, frame.height, scale);
  const tagged = tagPng(png, {
    Title: metadata.title,
    Description: metadata.summary,
    Source: metadata.sources.map((s) => s.citation).join('; '),
    URL: metadata.url,
    'Creation Time': metadata.exported,
    'kzcn:metadata': JSON.stringify(metadata),
  });
  return tagged;
}

const PROBE_CELL = 24;

export interface Probed {
  svg: string;
  /** Height of the strip of probe characters drawn below the figure, never exported. */
  strip: number;
  cells: number;
}

/**
 * Adds a strip below the figure with one character in each embedded face. The image's own
 * document loads its inlined fonts only once it is first drawn, and text stays invisible until
 * each face arrives, so the PNG is drawn once every probe shows.
 */
export function withProbes(
  svg: string,
  width: number,
  height: number,
  probes: FontProbe[],
): Probed {
  const perRow = Math.max(1, Math.floor(width / PROBE_CELL));
  const strip = Math.ceil(probes.length / perRow) * PROBE_CELL;
  const texts = probes
    .map((p, i) => {
      const x = (i % perRow) * PROBE_CELL + 4;
      const y = height + Math.floor(i / perRow) * PROBE_CELL + 18;
      const char = p.char.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const style = p.italic ? ' font-style="italic"' : '';
      return `<text x="${String(x)}" y="${String(y)}" font-size="16" font-weight="${String(p.weight)}"${style} fill="#000">${char}</text>`;
    })
    .join('');
  const tall = height + strip;
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const grown = root
    .replace(/\sheight="[^"]*"/, ` height="${String(tall)}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="0 0 ${String(width)} ${String(tall)}"`);
  return {
    svg: svg.replace(root, grown).replace(/<\/svg>\s*$/, `${texts}</svg>`),
    strip,
    cells: probes.length,
  };
}

/** How many probe cells hold any ink: a cell stays empty until its face has loaded. */
export function inkedCells(data: Uint8ClampedArray, width: number, cells: number): number {
  const perRow = Math.max(1, Math.floor(width / PROBE_CELL));
  let inked = 0;
  for (let i = 0; i < cells; i++) {
    const x0 = (i % perRow) * PROBE_CELL;
    const y0 = Math.floor(i / perRow) * PROBE_CELL;
    let found = false;
    for (let y = y0; y < y0 + PROBE_CELL && !found; y++) {
      for (let x = x0; x < x0 + PROBE_CELL && !found; x++) {
        found = (data[(y * width + x) * 4 + 3] ?? 0) > 0;
      }
    }
    if (found) inked++;
  }
  return inked;
}

async function rasterise(
  probed: Probed,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const device = [Math.round(width * scale), Math.round(height * scale)] as const;
  checkPngPixels(...device);
  const url = URL.createObjectURL(new Blob([probed.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height + probed.strip);
    img.src = url;
    await img.decode();
    if (probed.cells > 0) await probesShown(img, width, height, probed);
    return await withRasterCanvas(...device, async ({ canvas, ctx }) => {
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height, 0, 0, width, height);
      return new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((b) => {
          if (b) resolve(b);
          else reject(new Error('The image could not be encoded'));
        }, 'image/png');
      });
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the probe strip until every face shows (or about two seconds pass). */
async function probesShown(
  img: HTMLImageElement,
  width: number,
  height: number,
  probed: Probed,
): Promise<void> {
  const w = Math.ceil(width);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = probed.strip;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  for (let tries = 0; tries < 200; tries++) {
    ctx.clearRect(0, 0, w, probed.strip);
    ctx.drawImage(img, 0, height, width, probed.strip, 0, 0, width, probed.strip);
    const data = ctx.getImageData(0, 0, w, probed.strip).data;
    if (inkedCells(data, w, probed.cells) === probed.cells) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Saves a file through a temporary link, and lets go of its object URL straight after. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Puts the PNG on the clipboard, for pasting straight into a slide or a document. */
export async function copyImage(r: ExportRequest): Promise<void> {
  const file = await exportChart({ ...r, format: 'png' });
  if (typeof ClipboardItem === 'undefined' || !('clipboard' in navigator)) {
    throw new Error('this browser cannot copy images');
  }
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': file.blob })]);
}

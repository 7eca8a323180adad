import type { QueryClient } from '@tanstack/react-query';
import type { Selection } from '../app/selection';
import type { RegisteredChart, StandaloneFigure } from '../charts/defineChart';
import { palettes } from '../figure/palette';
import type { Language } from '../i18n/languages';
import { describeSource } from '../lib/sourceText';
import { exportFileName, type ExportFormat } from './fileName';
import { embeddedFontCss } from './fonts';
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
  const figure = await r.chart.buildFigure(r.client, {
    size,
    selection: { sector, year, place, ...(hide ? { hide } : {}) },
    ...(r.lang ? { lang: r.lang } : {}),
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
      return { name, blob: await pptxFile(r.chart.id, figure, metadata, picture) };
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
  figure: StandaloneFigure,
  metadata: FigureMetadata,
  scale: number,
): Promise<Blob> {
  const withFonts = svg.replace(
    /(<desc[^>]*>[\s\S]*?<\/desc>)/,
    `$1<style>${await embeddedFontCss(svg.replace(/<metadata[\s\S]*?<\/metadata>/, ''))}</style>`,
  );
  const { frame } = figure.model;
  const titleBand = frame.title.lines.length > 0 ? frame.title.y + frame.title.size * 0.3 : 0;
  const png = await rasterise(withFonts, frame.width, frame.height, scale, titleBand);
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

/** True once any pixel in the top `band` px differs from the first: the title text is drawn. */
function hasInk(ctx: CanvasRenderingContext2D, width: number, band: number): boolean {
  const data = ctx.getImageData(0, 0, width, band).data;
  const [r, g, b, a] = [data[0], data[1], data[2], data[3]];
  for (let i = 4; i < data.length; i += 4) {
    if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b || data[i + 3] !== a) return true;
  }
  return false;
}

async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
  titleBand: number,
): Promise<Blob> {
  const device = [Math.round(width * scale), Math.round(height * scale)] as const;
  checkPngPixels(...device);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const blob = await withRasterCanvas(...device, async ({ canvas, ctx }) => {
      ctx.scale(scale, scale);
      // The image's own document loads its inlined fonts only once it is first drawn, and text
      // stays invisible until they arrive: redraw until the title shows (or, with no title to
      // watch, once after a pause).
      const band = Math.round(titleBand * scale);
      ctx.drawImage(img, 0, 0, width, height);
      for (
        let tries = 0;
        band > 0 ? !hasInk(ctx, canvas.width, band) && tries < 60 : tries < 1;
        tries++
      ) {
        await new Promise((resolve) => setTimeout(resolve, band > 0 ? 10 : 150));
        ctx.clearRect(0, 0, width, height);
        ctx.drawImage(img, 0, 0, width, height);
      }
      return new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((b) => {
          if (b) resolve(b);
          else reject(new Error('The image could not be encoded'));
        }, 'image/png');
      });
    });
    return blob;
  } finally {
    URL.revokeObjectURL(url);
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

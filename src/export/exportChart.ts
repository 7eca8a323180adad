import type { QueryClient } from '@tanstack/react-query';
import type { Selection } from '../app/selection';
import type { RegisteredChart } from '../charts/defineChart';
import { palettes, type ThemeName } from '../figure/palette';
import { describeSource } from '../lib/sourceText';
import { exportFileName, type ExportFormat } from './fileName';
import { embeddedFontCss } from './fonts';
import { addTextChunks } from './pngText';
import { renderFigureSvg } from './svgDocument';
import { tableToCsv, tableToJson } from './tableFiles';

export interface ExportRequest {
  chart: RegisteredChart;
  client: QueryClient;
  format: ExportFormat;
  width: number;
  theme: ThemeName;
  selection: Selection;
  /** PNG pixel density, 1 to 4. */
  scale?: number;
  /** The page's address, recorded in the file so it can reopen the view. */
  url: string;
  /** The export date, YYYY-MM-DD. */
  date: string;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** Checks what a caller asks for before any work: a bad size or scale fails with a message. */
export function validateRequest(r: Pick<ExportRequest, 'width' | 'scale'>): void {
  if (!Number.isFinite(r.width) || r.width < 200 || r.width > 8192) {
    throw new Error(`Width must be between 200 and 8192 px, not ${String(r.width)}`);
  }
  const scale = r.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > 4) {
    throw new Error(`Scale must be 1×, 2×, 3× or 4×, not ${String(scale)}`);
  }
  if (r.width * scale > 8192 * 2) throw new Error('The image would be too large');
}

export async function exportChart(r: ExportRequest): Promise<ExportedFile> {
  validateRequest(r);
  const scale = r.scale ?? 1;
  const { sector, year, place, hide } = r.selection;
  const figure = await r.chart.buildFigure(r.client, {
    size: { width: Math.round(r.width) },
    selection: { sector, year, place, ...(hide ? { hide } : {}) },
  });
  const { model, sources } = figure;
  const metadata = {
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
  const name = exportFileName(r.chart.id, r.format, scale);
  switch (r.format) {
    case 'csv':
      return { name, blob: new Blob([tableToCsv(model.table, sources)], { type: 'text/csv' }) };
    case 'json':
      return {
        name,
        blob: new Blob([tableToJson(model.table, sources, metadata)], { type: 'application/json' }),
      };
    case 'svg': {
      const svg = renderFigureSvg(figure, r.chart.id, palettes[r.theme], metadata);
      return { name, blob: new Blob([svg], { type: 'image/svg+xml' }) };
    }
    case 'png': {
      const svg = renderFigureSvg(figure, r.chart.id, palettes[r.theme], metadata);
      const withFonts = svg.replace(
        /(<desc[^>]*>[\s\S]*?<\/desc>)/,
        `$1<style>${await embeddedFontCss()}</style>`,
      );
      const png = await rasterise(withFonts, model.frame.width, model.frame.height, scale);
      const tagged = addTextChunks(png, {
        Title: model.text.title,
        Description: model.summary,
        Source: metadata.sources.map((s) => s.citation).join('; '),
        URL: r.url,
        'Creation Time': r.date,
        'kzcn:metadata': JSON.stringify(metadata),
      });
      return { name, blob: new Blob([tagged], { type: 'image/png' }) };
    }
  }
}

async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images');
        ctx.scale(scale, scale);
    // The image's own document loads its inlined fonts only once it is first drawn: draw once,
    // let the fonts settle, then draw for real.
    ctx.drawImage(img, 0, 0, width, height);
    await new Promise((resolve) => setTimeout(resolve, 120));
    ctx.clearRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((b) => {
        if (b) resolve(b);
        else reject(new Error('The image could not be encoded'));
      }, 'image/png');
    });
    return new Uint8Array(await blob.arrayBuffer());
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

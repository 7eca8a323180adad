import { checkPngPixels } from '../export/options';
import { embeddedFonts, type FontProbe } from './fontCss';
import { warmRasterCanvas, withRasterCanvas } from './rasterCanvas';

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

/**
 * Draws the figure, its fonts inlined and a probe per face, with `draw` once every face shows;
 * the image's address lives until then.
 */
async function withFigureImage<T>(
  svg: string,
  width: number,
  height: number,
  draw: (img: HTMLImageElement) => Promise<T>,
): Promise<T> {
  const fonts = await embeddedFonts(svg.replace(/<metadata[\s\S]*?<\/metadata>/, ''));
  const probed = withProbes(
    svg.replace(/(<desc[^>]*>[\s\S]*?<\/desc>)/, `$1<style>${fonts.css}</style>`),
    width,
    height,
    fonts.probes,
  );
  const url = URL.createObjectURL(new Blob([probed.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height + probed.strip);
    img.src = url;
    await img.decode();
    if (probed.cells > 0) await probesShown(img, width, height, probed);
    return await draw(img);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The figure drawn on a canvas at `scale` and encoded as PNG, once its fonts have loaded. */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Uint8Array> {
  const device = [Math.round(width * scale), Math.round(height * scale)] as const;
  checkPngPixels(...device);
  const blob = await withFigureImage(svg, width, height, (img) =>
    withRasterCanvas(...device, ({ canvas, ctx }) => {
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height, 0, 0, width, height);
      return new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((b) => {
          if (b) resolve(b);
          else reject(new Error('The image could not be encoded'));
        }, 'image/png');
      });
    }),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

/** Gets the fonts and the canvas of a PNG export ready before the reader asks for it. */
export async function warmRaster(svg: string, width: number, height: number, scale: number) {
  await embeddedFonts(svg.replace(/<metadata[\s\S]*?<\/metadata>/, ''));
  await warmRasterCanvas(Math.round(width * scale), Math.round(height * scale));
}

import { Resvg } from '@resvg/resvg-js';
import { facesFor } from '../export/fonts';
import { checkPngPixels } from '../export/options';
import type { ExportPlatform } from '../export/platform';
import { pdfFontName, setTextInFaces } from '../export/pdfFonts';
import { parseSvg, serializeSvg, setTextMeasure } from './domEnvironment';
import { fontFileBytes, nodeFontFaces, trueTypeFile } from './nodeFonts';

/**
 * Draws an SVG with resvg in the same Noto faces the browser uses, at `scale`. The figure font
 * comes in slices by script and weight, and resvg's fallback for a missing glyph ignores weight,
 * so each text is first split into runs of one face each, named uniquely (as for the PDF).
 */
function draw(svg: string, width: number, height: number, scale: number): Uint8Array {
  checkPngPixels(Math.round(width * scale), Math.round(height * scale));
  const root = parseSvg(svg);
  const italic = root.querySelector('[font-style="italic"]') !== null;
  // resvg falls back to no font of its own: the PDF's symbol faces too.
  const faces = facesFor(nodeFontFaces(), root.textContent, { italic, pdf: true });
  const used = setTextInFaces(root, faces);
  const resvg = new Resvg(serializeSvg(root), {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: used.map((face) => trueTypeFile(face, pdfFontName(face))),
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** As `draw`, a failure (too many pixels, say) as a rejected promise. */
function rasterise(svg: string, width: number, height: number, scale: number) {
  return new Promise<Uint8Array>((resolve) => {
    resolve(draw(svg, width, height, scale));
  });
}

/** The exporters' needs, met in Node: jsdom for the PDF writer, resvg for PNG, fonts from disk. */
export const nodePlatform: ExportPlatform = {
  parseSvg,
  rasterise,
  fontBytes: (url) => Promise.resolve(fontFileBytes(url)),
  fontFaces: () => Promise.resolve(nodeFontFaces()),
  registerFont: () => Promise.resolve(),
  measureTextWith: setTextMeasure,
};

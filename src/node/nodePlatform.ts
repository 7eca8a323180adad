import { Resvg } from '@resvg/resvg-js';
import { facesFor, SYMBOL_FACES } from '../export/fonts';
import { checkPngPixels } from '../export/options';
import type { ExportPlatform } from '../export/platform';
import { pdfFontName, setTextInFaces } from '../export/pdfFonts';
import { parseSvg, serializeSvg, setTextMeasure } from './domEnvironment';
import { fontFileBytes, trueTypeFile } from './nodeFonts';

/**
 * Draws an SVG with resvg in the same Noto faces the browser uses, at `scale`. The figure font
 * comes in slices by script and weight, and resvg's fallback for a missing glyph ignores weight,
 * so each text is first split into runs of one face each, named uniquely (as for the PDF).
 */
async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Uint8Array> {
  checkPngPixels(Math.round(width * scale), Math.round(height * scale));
  const root = parseSvg(svg);
  const italic = root.querySelector('[font-style="italic"]') !== null;
  const faces = [...(await facesFor(root.textContent, italic)), ...SYMBOL_FACES];
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

/** The exporters' needs, met in Node: jsdom for the PDF writer, resvg for PNG, fonts from disk. */
export const nodePlatform: ExportPlatform = {
  parseSvg,
  rasterise,
  fontBytes: (url) => Promise.resolve(fontFileBytes(url)),
  registerFont: () => Promise.resolve(),
  measureTextWith: setTextMeasure,
};

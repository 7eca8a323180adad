import type { ExportPlatform } from '../export/platform';
import { fetchBytes } from './fetchBytes';
import { fontCatalogue } from './fontCatalogue';
import { rasterise } from './rasterise';

/** The exporters' needs, met by the browser: DOMParser, fetch, FontFace and a canvas. */
export const browserPlatform: ExportPlatform = {
  parseSvg: (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement,
  rasterise,
  fontFaces: fontCatalogue,
  fontBytes: fetchBytes,
  registerFont: async (name, bytes) => {
    const face = new FontFace(name, bytes.slice().buffer);
    document.fonts.add(await face.load());
  },
  // The page measures each registered face itself.
  measureTextWith: () => undefined,
};

import type { Face } from './fonts';

/**
 * What the exporters need from where they run: the browser gives a canvas and DOMParser, Node a
 * rasteriser and a DOM of its own. The exporters themselves only turn a figure into bytes.
 */
export interface ExportPlatform {
  /** Parses SVG markup into an element the PDF writer walks. */
  parseSvg: (svg: string) => Element;
  /** Draws SVG markup `width` × `height` px at `scale` into PNG bytes, in the figure font. */
  rasterise: (svg: string, width: number, height: number, scale: number) => Promise<Uint8Array>;
  /** The figure font's faces (see fonts.ts), where this place has them. */
  fontFaces: () => Promise<readonly Face[]>;
  /** A font file's bytes, by the address the font catalogue gives it. */
  fontBytes: (url: string) => Promise<Uint8Array>;
  /** Makes a face measurable under `name`: the PDF writer places each run after the last. */
  registerFont: (name: string, bytes: Uint8Array) => Promise<void>;
  /**
   * Gives the PDF writer's layout a way to measure text where the place has none of its own:
   * `measure(text, font, size)` is the width in px of `text` in the PDF font `font` at `size` px.
   */
  measureTextWith: (measure: TextMeasure) => void;
}

export type TextMeasure = (text: string, font: string, size: number, bold: boolean) => number;

/** A file ready to save: its name, media type and bytes. */
export interface ExportedFile {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

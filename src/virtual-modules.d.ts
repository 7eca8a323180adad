declare module 'virtual:kzcn-bundled-data' {
  /** Data file name → its text. */
  export const bundled: Record<string, string | undefined>;
  /** The map's boundaries (geo/region.json) as text. */
  export const geometry: string;
}

declare module 'subset-font' {
  /** A font cut to the characters of `text` by harfbuzz's subsetter (build time only). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}

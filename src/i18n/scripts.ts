/**
 * The Unicode blocks Chinese text is written with: radicals, CJK punctuation and symbols,
 * Bopomofo, strokes, enclosed forms and the unified ideographs, compatibility ideographs,
 * vertical and compatibility forms, full-width forms, and the supplementary ideographs.
 */
export const CHINESE_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3100, 0x312f],
  [0x31c0, 0x31ef],
  [0x3200, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3134f],
];

/** Whether a code point is written with the Chinese faces (see CHINESE_BLOCKS). */
export function isChinese(code: number): boolean {
  return CHINESE_BLOCKS.some(([lo, hi]) => code >= lo && code <= hi);
}

/** Whether a text holds any Chinese character or mark. */
export function hasChinese(text: string): boolean {
  for (const ch of text) if (isChinese(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

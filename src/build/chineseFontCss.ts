/** The blocks Chinese text is written with: ideographs, CJK punctuation, full-width forms. */
const CJK_SPANS: readonly (readonly [number, number])[] = [
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

function cjkOnly(range: string): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return range
    .split(',')
    .flatMap((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      const [a, b] = [parseInt(lo, 16), parseInt(hi, 16)];
      return CJK_SPANS.flatMap(([x, y]) => {
        const [from, to] = [Math.max(a, x), Math.min(b, y)];
        if (from > to) return [];
        return [from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`];
      });
    })
    .join(',');
}

/**
 * Noto Sans SC's @font-face rules (from @fontsource's CSS) limited to the Chinese blocks. Its
 * slices also carry symbols and Latin that Noto Sans already draws; limited like this, an
 * English, Russian or Kazakh page downloads none of them. `fontDir` is where the files are,
 * relative to the stylesheet.
 */
export function chineseFontFaces(css: string, fontDir: string): string {
  return css
    .replace(/\/\*[^*]*\*\//g, '')
    .replace(/@font-face\s*{[^}]*}/g, (face) => {
      const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
      const cjk = range ? cjkOnly(range) : '';
      if (!range || !cjk) return '';
      return face
        .replace(range, cjk)
        .replace(/url\(\.\/files\//g, `url(${fontDir}/`)
        .replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/, '');
    })
    .replace(/\n{2,}/g, '\n');
}

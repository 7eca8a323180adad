import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';

const FACES = [
  { url: latin400, weight: 400 },
  { url: latin600, weight: 600 },
  { url: latinExt400, weight: 400 },
  { url: cyrillic400, weight: 400 },
  { url: cyrillic600, weight: 600 },
];

let css: Promise<string> | undefined;

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * @font-face rules with the figure font inlined. An SVG drawn as an image cannot reach the page's
 * fonts, so the PNG path embeds them; the SVG file itself names a font stack instead.
 */
export function embeddedFontCss(): Promise<string> {
  css ??= Promise.all(
    FACES.map(
      async (f) =>
        `@font-face{font-family:'Noto Sans';font-weight:${String(f.weight)};src:url(${await dataUrl(f.url)}) format('woff2')}`,
    ),
  ).then((rules) => rules.join(''));
  return css;
}

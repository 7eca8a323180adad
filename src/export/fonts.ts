import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';

const FACES = [
  { url: latin400, weight: 400, range: /[\u0020-\u00ff]/ },
  { url: latin600, weight: 600, range: /[\u0020-\u00ff]/ },
  { url: latinExt400, weight: 400, range: /[\u0100-\u024f\u1e00-\u1eff]/ },
  { url: cyrillic400, weight: 400, range: /[\u0400-\u052f]/ },
  { url: cyrillic600, weight: 600, range: /[\u0400-\u052f]/ },
];

const rules = new Map<string, Promise<string>>();

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

function rule(face: (typeof FACES)[number]): Promise<string> {
  let r = rules.get(face.url);
  if (!r) {
    r = dataUrl(face.url).then(
      (src) =>
        `@font-face{font-family:'Noto Sans';font-weight:${String(face.weight)};src:url(${src}) format('woff2')}`,
    );
    rules.set(face.url, r);
  }
  return r;
}

/**
 * @font-face rules with the figure font inlined, only for the scripts `text` uses. An SVG drawn
 * as an image cannot reach the page's fonts, so the PNG path embeds them; the SVG file itself
 * names a font stack instead.
 */
export async function embeddedFontCss(text: string): Promise<string> {
  const faces = FACES.filter((f) => f.range.test(text));
  return (await Promise.all(faces.map(rule))).join('');
}

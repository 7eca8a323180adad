import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';

// Each file's unicode-range, as @fontsource declares it.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
// Kazakh letters (ә ғ қ ң ө ү һ і…) are in the extended block.
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

interface Face {
  family: string;
  url: string;
  weight: number;
  range: string;
}

const NOTO = 'Noto Sans';

const FACES: Face[] = [
  { family: NOTO, url: latin400, weight: 400, range: LATIN },
  { family: NOTO, url: latin600, weight: 600, range: LATIN },
  { family: NOTO, url: latinExt400, weight: 400, range: LATIN_EXT },
  { family: NOTO, url: cyrillic400, weight: 400, range: CYRILLIC },
  { family: NOTO, url: cyrillic600, weight: 600, range: CYRILLIC },
  { family: NOTO, url: cyrillicExt400, weight: 400, range: CYRILLIC_EXT },
  { family: NOTO, url: cyrillicExt600, weight: 600, range: CYRILLIC_EXT },
];

const spansOf = new Map<string, (readonly [number, number])[]>();

function spans(range: string): (readonly [number, number])[] {
  let out = spansOf.get(range);
  if (!out) {
    out = range.split(',').map((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi, 16)] as const;
    });
    spansOf.set(range, out);
  }
  return out;
}

/** Whether `text` (or its distinct code points) has a character in a CSS unicode-range. */
export function inUnicodeRange(text: string | readonly number[], range: string): boolean {
  const codes = typeof text === 'string' ? distinctCodes(text) : text;
  const list = spans(range);
  return codes.some((code) => list.some(([lo, hi]) => code >= lo && code <= hi));
}

function distinctCodes(text: string): number[] {
  return [...new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0))];
}

const rules = new Map<string, Promise<string>>();

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * Noto Sans SC's slices, from the same stylesheet the page uses for Chinese readers (limited to
 * the Chinese blocks): a Chinese figure embeds only the slices its characters fall in.
 */
const chineseFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

function chineseFaces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const file = /files\/([^)]+\.woff2)/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const url = file
      ? chineseFiles[`/node_modules/@fontsource/noto-sans-sc/files/${file}`]
      : undefined;
    return url && range ? [{ family: 'Noto Sans SC', url, weight, range }] : [];
  });
}

let chinese: Face[] | undefined;

function rule(face: Face): Promise<string> {
  let r = rules.get(face.url);
  if (!r) {
    r = dataUrl(face.url).then(
      (src) =>
        `@font-face{font-family:'${face.family}';font-weight:${String(face.weight)};src:url(${src}) format('woff2');unicode-range:${face.range}}`,
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
  // Faces of one family and weight are told apart by their unicode-range, so each is declared
  // with its own; only those whose range the text touches are embedded.
  let faces = FACES;
  if (/[\u2e80-\u9fff\uff00-\uffef]/.test(text)) {
    chinese ??= chineseFaces((await import('../styles/chinese-fonts.css?raw')).default);
    faces = [...FACES, ...chinese];
  }
  const codes = distinctCodes(text);
  const used = faces.filter((f) => inUnicodeRange(codes, f.range));
  return (await Promise.all(used.map(rule))).join('');
}

import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';
import latin400Woff from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin600Woff from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url';
import latinExt400Woff from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt600Woff from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff?url';
import cyrillic400Woff from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic600Woff from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff?url';
import cyrillicExt400Woff from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicExt600Woff from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinItalicWoff from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff?url';
import symbols400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-90-400-normal.woff2?url';
import symbols600 from '@fontsource/noto-sans-sc/files/noto-sans-sc-90-600-normal.woff2?url';
import symbols400Woff from '@fontsource/noto-sans-sc/files/noto-sans-sc-90-400-normal.woff?url';
import symbols600Woff from '@fontsource/noto-sans-sc/files/noto-sans-sc-90-600-normal.woff?url';

// Each file's unicode-range, as @fontsource declares it.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
// Kazakh letters (ә ғ қ ң ө ү һ і…) are in the extended block, all but ұ/Ұ: @fontsource declares
// U+04B0-04B1 for both slices, but only the basic Cyrillic file draws them, so a PDF run that
// went on from қ in the extended face lost its ұ.
const CYRILLIC_EXT =
  'U+0460-04AF,U+04B2-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';

export interface Face {
  family: string;
  /** WOFF2, for the browser (WOFF for Chinese in the single file). */
  url: string;
  /** WOFF 1.0 of the same face, which a PDF can embed once inflated. */
  woff: string;
  weight: number;
  /** Italic faces exist for Latin only: quotes from the article, which stay in English. */
  italic?: boolean;
  range: string;
}

// Noto Sans has no "≈" (a rounded figure's mark); Noto Sans SC's symbol slice has one.
const SYMBOLS = 'U+2248,U+2260';

const NOTO = 'Noto Sans';

const FACES: Face[] = [
  { family: NOTO, url: latin400, woff: latin400Woff, weight: 400, range: LATIN },
  { family: NOTO, url: latin600, woff: latin600Woff, weight: 600, range: LATIN },
  { family: NOTO, url: latinExt400, woff: latinExt400Woff, weight: 400, range: LATIN_EXT },
  { family: NOTO, url: latinExt600, woff: latinExt600Woff, weight: 600, range: LATIN_EXT },
  { family: NOTO, url: cyrillic400, woff: cyrillic400Woff, weight: 400, range: CYRILLIC },
  { family: NOTO, url: cyrillic600, woff: cyrillic600Woff, weight: 600, range: CYRILLIC },
  { family: NOTO, url: cyrillicExt400, woff: cyrillicExt400Woff, weight: 400, range: CYRILLIC_EXT },
  { family: NOTO, url: cyrillicExt600, woff: cyrillicExt600Woff, weight: 600, range: CYRILLIC_EXT },
  {
    family: NOTO,
    url: latinItalic,
    woff: latinItalicWoff,
    weight: 400,
    italic: true,
    range: LATIN,
  },
];

/**
 * For the PDF only, whose text cannot fall back to a system font. Its "≈" is a full em wide,
 * so the page and the PNG keep the reader's own, narrower one.
 */
export const SYMBOL_FACES: Face[] = [
  { family: 'Noto Sans SC', url: symbols400, woff: symbols400Woff, weight: 400, range: SYMBOLS },
  { family: 'Noto Sans SC', url: symbols600, woff: symbols600Woff, weight: 600, range: SYMBOLS },
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

export function distinctCodes(text: string): number[] {
  return [...new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0))];
}

/** WOFF2 but for the single file's Chinese slices (see above). */
export function formatOf(url: string): 'woff' | 'woff2' {
  return /^data:font\/woff;|\.woff$/.test(url) ? 'woff' : 'woff2';
}

/**
 * Noto Sans SC's slices, from the same stylesheet the page uses for Chinese readers (limited to
 * the Chinese blocks): a Chinese figure embeds only the slices its characters fall in.
 */
const SC_FILES = '/node_modules/@fontsource/noto-sans-sc/files/';

// Only the two weights the figure uses, so a build does not ship every weight of every slice.
const chineseWoffFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,600}-normal.woff',
  { query: '?url', import: 'default', eager: true },
);
/**
 * The single file carries each Chinese slice once, as WOFF (which the PDF needs and every browser
 * reads), for the page and the PNG too: WOFF2 as well would add 8 MB.
 */
const SINGLE_FILE = import.meta.env.MODE === 'single';
const chineseFiles = SINGLE_FILE
  ? Object.fromEntries(
      Object.entries(chineseWoffFiles).map(([path, url]) => [`${path}2`, url] as const),
    )
  : import.meta.glob<string>(
      '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,600}-normal.woff2',
      { query: '?url', import: 'default', eager: true },
    );

function chineseFaces(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const file = /files\/([^)]+)\.woff2/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const url = file ? chineseFiles[`${SC_FILES}${file}.woff2`] : undefined;
    const woff = file ? chineseWoffFiles[`${SC_FILES}${file}.woff`] : undefined;
    return url && woff && range ? [{ family: 'Noto Sans SC', url, woff, weight, range }] : [];
  });
}

let chinese: Face[] | undefined;

/** Noto Sans SC's faces, read once from the page's Chinese stylesheet. */
export async function chineseFontFaces(): Promise<Face[]> {
  chinese ??= chineseFaces((await import('../styles/chinese-fonts.css?raw')).default);
  return chinese;
}

const CHINESE = /[\u2e80-\u9fff\uff00-\uffef]/;

/**
 * The faces of the figure font whose unicode-range `text` touches: Noto Sans for Latin and
 * Cyrillic, and Noto Sans SC's slices only when the text holds Chinese.
 */
export async function facesFor(text: string, italic = false): Promise<Face[]> {
  let faces = FACES;
  if (CHINESE.test(text)) faces = [...FACES, ...(await chineseFontFaces())];
  const codes = distinctCodes(text);
  return faces.filter((f) => (italic || !f.italic) && inUnicodeRange(codes, f.range));
}

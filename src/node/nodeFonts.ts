import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Face } from '../export/fonts';
import { sfntFromWoff } from '../export/sfnt';
import { CHINESE_BLOCKS } from '../i18n/scripts';
import { ROOT } from './paths';

const CACHE = resolve(ROOT, 'node_modules/.cache/kzcn-fonts');
const SANS = resolve(ROOT, 'node_modules/@fontsource/noto-sans');
const SC = resolve(ROOT, 'node_modules/@fontsource/noto-sans-sc');

// Each Noto Sans slice's unicode-range, as @fontsource declares it.
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
// Noto Sans has no "≈" (a rounded figure's mark); Noto Sans SC's symbol slice has one.
const SYMBOLS = 'U+2248,U+2260';

const SLICES = [
  ['latin', LATIN],
  ['latin-ext', LATIN_EXT],
  ['cyrillic', CYRILLIC],
  ['cyrillic-ext', CYRILLIC_EXT],
] as const;

function sansFace(slice: string, range: string, weight: number, italic = false): Face {
  const file = resolve(
    SANS,
    `files/noto-sans-${slice}-${String(weight)}-${italic ? 'italic' : 'normal'}`,
  );
  return {
    family: 'Noto Sans',
    url: `${file}.woff2`,
    woff: `${file}.woff`,
    weight,
    range,
    ...(italic ? { italic } : {}),
  };
}

/** A range cut down to the Chinese blocks: the SC slices also carry Latin that Noto Sans draws. */
export function chineseOnly(range: string): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return range
    .split(',')
    .flatMap((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      const [a, b] = [parseInt(lo, 16), parseInt(hi, 16)];
      return CHINESE_BLOCKS.flatMap(([x, y]) => {
        const [from, to] = [Math.max(a, x), Math.min(b, y)];
        if (from > to) return [];
        return [from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`];
      });
    })
    .join(',');
}

/** Noto Sans SC's slices of one weight, from @fontsource's stylesheet, limited to Chinese. */
export function chineseSlices(weight: number): Face[] {
  const css = readFileSync(resolve(SC, `${String(weight)}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const file = /files\/([^)]+)\.woff2/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const chinese = range ? chineseOnly(range) : '';
    if (!file || !chinese) return [];
    const path = resolve(SC, 'files', file);
    return [
      {
        family: 'Noto Sans SC',
        url: `${path}.woff2`,
        woff: `${path}.woff`,
        weight,
        range: chinese,
      },
    ];
  });
}

let faces: Face[] | undefined;

/**
 * The full figure font as @fontsource ships it, by file on disk: Noto Sans in four slices and two
 * weights (and a Latin italic), Noto Sans SC's Chinese slices, and its "≈" for PDFs. Exports made
 * in Node, and the development server's pages, draw with these: every glyph of every face.
 */
export function nodeFontFaces(): Face[] {
  faces ??= [
    ...SLICES.flatMap(([slice, range]) => [
      sansFace(slice, range, 400),
      sansFace(slice, range, 600),
    ]),
    sansFace('latin', LATIN, 400, true),
    ...chineseSlices(400),
    ...chineseSlices(600),
    ...[400, 600].map((weight) => ({
      family: 'Noto Sans SC',
      url: resolve(SC, `files/noto-sans-sc-90-${String(weight)}-normal.woff2`),
      woff: resolve(SC, `files/noto-sans-sc-90-${String(weight)}-normal.woff`),
      weight,
      range: SYMBOLS,
      pdfOnly: true,
    })),
  ];
  return faces;
}

/** A font file's bytes, by its path on disk. */
export function fontFileBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/**
 * The face as a TrueType file on disk under the family name `family`, for a renderer that loads
 * fonts from files. Made once and kept in node_modules/.cache.
 */
export function trueTypeFile(face: Face, family: string): string {
  const key = createHash('sha256').update(`${face.woff}|${family}`).digest('hex').slice(0, 16);
  const file = resolve(CACHE, `${key}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const ttf = sfntFromWoff(fontFileBytes(face.woff), { family, style: 'Regular' });
    // Written beside and renamed, so a process stopped midway leaves no broken font.
    writeFileSync(`${file}.partial`, ttf);
    renameSync(`${file}.partial`, file);
  }
  return file;
}

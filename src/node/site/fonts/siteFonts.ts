import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { rangeCodes, unicodeRange, type Face } from '../../../export/fonts';
import { isChinese } from '../../../i18n/scripts';
import { nodeFontFaces } from '../../nodeFonts';
import { ROOT } from '../../paths';
import { fontCoverage, subsetFile } from './subset';

const EXPO = resolve(ROOT, 'node_modules/@expo-google-fonts');
const FULL = {
  sans400: resolve(EXPO, 'noto-sans/400Regular/NotoSans_400Regular.ttf'),
  sans600: resolve(EXPO, 'noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  sansItalic: resolve(EXPO, 'noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  sc400: resolve(EXPO, 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  sc600: resolve(EXPO, 'noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf'),
};

/** A face the build cuts from a full font: who it is, what it draws, where the page uses it. */
interface Cut {
  name: string;
  family: 'Noto Sans' | 'Noto Sans SC';
  weight: number;
  italic?: boolean;
  source: string;
  codes: number[];
  /** The page's own faces; `zh` only Chinese pages'; `pdf` drawn in PDFs only. */
  use: 'page' | 'zh' | 'pdf';
}

/** What the site shows, as the build found it. */
export interface SiteText {
  /** Every character any page, script or data file of the site can show. */
  all: Set<number>;
  /** What the Chinese front page paints before a reader does anything. */
  zhFirstView: Set<number>;
  /** What of that it paints bold. */
  zhFirstViewBold: Set<number>;
}

const isLatin = (c: number) => c < 0x250 || (c >= 0x2000 && c <= 0x206f) || c === 0x20ac;

async function plan(text: SiteText): Promise<Cut[]> {
  const [sans, italic, sc] = await Promise.all([
    fontCoverage(FULL.sans400),
    fontCoverage(FULL.sansItalic),
    fontCoverage(FULL.sc400),
  ]);
  const all = [...text.all];
  const latinCyrillic = all.filter((c) => !isChinese(c) && sans.has(c));
  const chinese = all.filter((c) => isChinese(c) && sc.has(c));
  // What the first view paints goes in one file per weight, the rest in another: the bold
  // weight's first file holds only what the first view sets bold.
  const split = (first: Set<number>) => ({
    core: chinese.filter((c) => first.has(c)),
    rest: chinese.filter((c) => !first.has(c)),
  });
  const byWeight = { 400: split(text.zhFirstView), 600: split(text.zhFirstViewBold) };
  // Symbols Noto Sans lacks ("≈"): the page and the PNG take the reader's; a PDF needs a face.
  const symbols = all.filter((c) => !isChinese(c) && !sans.has(c) && sc.has(c));
  const cuts: Cut[] = [];
  for (const [weight, sansFile, scFile] of [
    [400, FULL.sans400, FULL.sc400],
    [600, FULL.sans600, FULL.sc600],
  ] as const) {
    cuts.push(
      {
        name: 'noto-sans',
        family: 'Noto Sans',
        weight,
        source: sansFile,
        codes: latinCyrillic,
        use: 'page',
      },
      {
        name: 'noto-sans-sc-first',
        family: 'Noto Sans SC',
        weight,
        source: scFile,
        codes: byWeight[weight].core,
        use: 'zh',
      },
      {
        name: 'noto-sans-sc',
        family: 'Noto Sans SC',
        weight,
        source: scFile,
        codes: byWeight[weight].rest,
        use: 'zh',
      },
      {
        name: 'noto-sans-sc-symbols',
        family: 'Noto Sans SC',
        weight,
        source: scFile,
        codes: symbols,
        use: 'pdf',
      },
    );
  }
  cuts.push({
    name: 'noto-sans-italic',
    family: 'Noto Sans',
    weight: 400,
    italic: true,
    source: FULL.sansItalic,
    codes: latinCyrillic.filter((c) => isLatin(c) && italic.has(c)),
    use: 'page',
  });
  return cuts.filter((c) => c.codes.length > 0);
}

/** A site face: a Face as the exporters take it, and how the page uses it. */
export interface SiteFace extends Face {
  use: Cut['use'] | 'fallback';
}

async function writeCut(outDir: string, cut: Cut): Promise<SiteFace> {
  const [woff2, woff] = await Promise.all([
    subsetFile(cut.source, cut.codes, 'woff2'),
    subsetFile(cut.source, cut.codes, 'woff'),
  ]);
  const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 10);
  const stem = `assets/${cut.name}-${String(cut.weight)}${cut.italic ? '-italic' : ''}-${hash}`;
  mkdirSync(resolve(outDir, 'assets'), { recursive: true });
  writeFileSync(resolve(outDir, `${stem}.woff2`), woff2);
  writeFileSync(resolve(outDir, `${stem}.woff`), woff);
  return {
    family: cut.family,
    url: `${stem}.woff2`,
    woff: `${stem}.woff`,
    weight: cut.weight,
    range: unicodeRange(cut.codes),
    use: cut.use,
    ...(cut.italic ? { italic: true } : {}),
    ...(cut.use === 'pdf' ? { pdfOnly: true } : {}),
  };
}

/** A face as the exporters list it. */
function listed(face: SiteFace): Face {
  return {
    family: face.family,
    url: face.url,
    woff: face.woff,
    weight: face.weight,
    range: face.range,
    ...(face.italic ? { italic: true } : {}),
    ...(face.pdfOnly ? { pdfOnly: true } : {}),
    ...(face.use === 'fallback' ? { fallback: true } : {}),
  };
}

/**
 * The single file's faces: the same cut, whole (nothing loads later, so nothing is split), as
 * WOFF data addresses, which the page, the PNG and the PDF all read: one copy of each face.
 */
export async function singleFileFaces(all: Set<number>): Promise<Face[]> {
  const cuts = await plan({ all, zhFirstView: all, zhFirstViewBold: all });
  return Promise.all(
    cuts.map(async (cut) => {
      const woff = await subsetFile(cut.source, cut.codes, 'woff');
      const url = `data:font/woff;base64,${woff.toString('base64')}`;
      return listed({
        family: cut.family,
        url,
        woff: url,
        weight: cut.weight,
        range: unicodeRange(cut.codes),
        use: cut.use,
        ...(cut.italic ? { italic: true } : {}),
        ...(cut.use === 'pdf' ? { pdfOnly: true } : {}),
      });
    }),
  );
}

/**
 * Noto Sans SC's slices as @fontsource numbers them run from rare characters to frequent ones:
 * from 100 on they hold the 3,800 most used (of 884 characters this site shows, 843 are there).
 * Those are the fallback for Chinese text the build has not seen; a rarer character is drawn in
 * the reader's own Chinese font. Noto Sans's slices are kept whole.
 */
const FREQUENT_CHINESE_SLICE = 100;

function frequent(face: Face): boolean {
  const slice = /noto-sans-sc-(\d+)-/.exec(face.woff)?.[1];
  return slice === undefined || Number(slice) >= FREQUENT_CHINESE_SLICE;
}

/**
 * The full font's slices (WOFF, which the page and a PDF both read), declared for the characters
 * the cut faces lack: text the build has not seen (a data file changed since) still shows in the
 * figure font, on the page and in every export. Each slice downloads only if such text needs it.
 */
function fallbackFaces(outDir: string, cut: readonly SiteFace[]): SiteFace[] {
  const covered = new Set(cut.flatMap((f) => rangeCodes(f.range)));
  return nodeFontFaces()
    .filter((f) => !f.pdfOnly && f.weight === 400 && frequent(f))
    .flatMap((f) => {
      const left = rangeCodes(f.range).filter((c) => !covered.has(c));
      if (left.length === 0) return [];
      const file = `assets/${basename(f.woff)}`;
      mkdirSync(dirname(resolve(outDir, file)), { recursive: true });
      copyFileSync(f.woff, resolve(outDir, file));
      const face: SiteFace = {
        family: f.family,
        url: file,
        woff: file,
        weight: f.weight,
        range: unicodeRange(left),
        use: 'fallback',
        ...(f.italic ? { italic: true } : {}),
      };
      return [face];
    });
}

/**
 * The blocks a face is declared for in the page's stylesheet: the whole of its scripts, which is
 * short, rather than each character it has. A face the browser has loaded and that lacks a
 * character passes it on to the next face of the family (then to the fallback slices, declared
 * for exactly what the cut faces lack, or the next family): so only the faces of the Chinese
 * split need care, the rest declared before the first view's, which is checked first.
 */
const BLOCKS: Record<string, string> = {
  'Noto Sans':
    'U+0000-052F,U+1C80-1C8F,U+1D00-1EFF,U+2000-20CF,U+2100-22FF,U+2C60-2C7F,U+A640-A69F,U+A720-A7FF,U+FB00-FB06,U+FE2E-FE2F,U+FEFF,U+FFFD',
  'Noto Sans SC':
    'U+2E80-2FDF,U+3000-303F,U+3100-312F,U+31C0-31EF,U+3200-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF',
};

/**
 * Until Noto Sans arrives, text is set in the reader's Arial (or its metric twin) sized to Noto
 * Sans's widths and line, named second in the page's font stack: when the face arrives and takes
 * its place, lines break where they did and nothing below moves.
 */
const FALLBACK_METRICS =
  "@font-face{font-family:'Noto Sans Fallback';src:local('Arial'),local('ArialMT'),local('Liberation Sans'),local('Helvetica');size-adjust:106.8%;ascent-override:100.1%;descent-override:27.4%;line-gap-override:0%}";

function fontFaceRule(face: SiteFace, base: string): string {
  const range = face.use === 'fallback' ? face.range : (BLOCKS[face.family] ?? face.range);
  const src =
    face.use === 'fallback'
      ? `url(${base}${face.woff}) format('woff')`
      : `url(${base}${face.url}) format('woff2')`;
  return `@font-face{font-family:'${face.family}';font-style:${face.italic ? 'italic' : 'normal'};font-weight:${String(face.weight)};font-display:swap;src:${src};unicode-range:${range}}`;
}

/** The site's faces, written: what each page declares, and the exporters' list. */
export interface SiteFonts {
  /** The site's base path, which the fonts' addresses start with. */
  base: string;
  faces: SiteFace[];
  /** The @font-face rules a page in `lang` declares inline. */
  css: (lang: string) => string;
}

/**
 * Cuts the figure font to what the site shows and writes it beside the pages: Noto Sans (Latin
 * and Cyrillic) in two weights and a Latin italic, Noto Sans SC in two weights, split into what
 * the Chinese front page paints first and the rest; WOFF2 for the page and PNGs, WOFF for PDFs.
 * Writes `fonts/faces.json` (the exporters' list), `fonts/zh.css` (Chinese faces, for a page
 * switched to Chinese in place) and `fonts/fallback.css` (the full font's slices).
 */
export async function writeSiteFonts(
  outDir: string,
  base: string,
  text: SiteText,
): Promise<SiteFonts> {
  const cut = await Promise.all((await plan(text)).map((c) => writeCut(outDir, c)));
  const faces = [...cut, ...fallbackFaces(outDir, cut)];
  mkdirSync(resolve(outDir, 'fonts'), { recursive: true });
  writeFileSync(
    resolve(outDir, 'fonts/faces.json'),
    `${JSON.stringify({ faces: faces.map(listed) })}\n`,
  );
  // The first view's Chinese faces last: of faces declared for the same characters, the last is
  // tried first.
  const declared = [...faces].sort(
    (a, b) => Number(a.url.includes('-first-')) - Number(b.url.includes('-first-')),
  );
  const rules = (uses: readonly SiteFace['use'][]) =>
    declared
      .filter((f) => uses.includes(f.use))
      .map((f) => fontFaceRule(f, base))
      .join('\n');
  writeFileSync(resolve(outDir, 'fonts/zh.css'), `${rules(['zh'])}\n`);
  writeFileSync(resolve(outDir, 'fonts/fallback.css'), `${rules(['fallback'])}\n`);
  return {
    base,
    faces,
    css: (lang) => `${FALLBACK_METRICS}\n${rules(lang === 'zh' ? ['page', 'zh'] : ['page'])}`,
  };
}

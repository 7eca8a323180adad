import { formatOf, type Face } from '../export/fonts';
import { FACES_ISLAND } from '../export-browser/fontCatalogue';
import { isChinese } from '../i18n/scripts';

/**
 * The page's faces beyond those it was built with: a built page declares the faces of its own
 * language, cut to the characters the site shows (the build writes them inline). A reader who
 * switches to Chinese in place gets Noto Sans SC's faces; text the build has not seen (a data
 * file changed since) gets the full font's slices, each loaded only for a character it draws.
 */
const ZH_FACES = 'fonts/zh.css';
const FALLBACK_FACES = 'fonts/fallback.css';

const unquote = (family: string) => family.replace(/^["']|["']$/g, '');

function declared(family: string): FontFace[] {
  if (typeof document === 'undefined' || !('fonts' in document)) return [];
  return [...document.fonts].filter((f) => unquote(f.family) === family);
}

function addStylesheet(file: string): void {
  const href = `${import.meta.env.BASE_URL}${file}`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Only a built site has the files; the development server and the single file declare all. */
const BUILT = import.meta.env.PROD && import.meta.env.MODE !== 'single';

/** Noto Sans SC's faces, if the page was built for another language. */
export function ensureChineseFaces(): void {
  if (BUILT && declared('Noto Sans SC').length === 0) addStylesheet(ZH_FACES);
}

function covered(code: number, faces: readonly FontFace[]): boolean {
  return faces.some((f) =>
    f.unicodeRange.split(',').some((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return code >= parseInt(lo, 16) && code <= parseInt(hi, 16);
    }),
  );
}

let fallback = false;

/**
 * Loads the full font's slices if `text` has a character none of the page's faces draws: they
 * are declared for the characters the subsets lack, so a slice downloads only for such text.
 */
export function ensureFacesFor(text: string): void {
  if (!BUILT || fallback) return;
  const chinese = declared('Noto Sans SC');
  const faces = [...declared('Noto Sans'), ...chinese];
  if (faces.length === 0) return;
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0) ?? 0;
    // A page of another language sets Chinese in the reader's own fonts, as it was built to.
    if (code <= 0x20 || (chinese.length === 0 && isChinese(code))) continue;
    if (!covered(code, faces)) {
      fallback = true;
      addStylesheet(FALLBACK_FACES);
      return;
    }
  }
}

/**
 * The single file carries its faces as data in the page (see fontCatalogue): they are declared
 * from there as the app starts, so nothing is carried twice.
 */
export function declareCarriedFaces(): void {
  const island = document.getElementById(FACES_ISLAND)?.textContent;
  if (!island) return;
  const { faces } = JSON.parse(island) as { faces: Face[] };
  const style = document.createElement('style');
  style.textContent = faces
    .filter((f) => !f.pdfOnly)
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.italic ? 'italic' : 'normal'};font-weight:${String(f.weight)};font-display:swap;src:url(${f.url}) format('${formatOf(f.url)}');unicode-range:${f.range}}`,
    )
    .join('\n');
  document.head.append(style);
}

import { formatOf, rangeCodes, type Face } from '../export/fonts';
import { FACES_ISLAND, fontCatalogue } from '../export-browser/fontCatalogue';
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

let fallback = false;

/**
 * Loads the full font's slices if `text` has a character none of the site's cut faces draws
 * (the build lists their exact characters in its faces list): they are declared for exactly
 * what the cut faces lack, so a slice downloads only for such text. Called with text the build
 * has not seen: a data file changed since, or a page the build did not make.
 */
export async function ensureFacesFor(text: string): Promise<void> {
  if (!BUILT || fallback) return;
  const chinesePage = declared('Noto Sans SC').length > 0;
  const cut = (await fontCatalogue()).filter((f) => !f.fallback && !f.pdfOnly);
  const seen = new Set(cut.flatMap((f) => rangeCodes(f.range)));
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0) ?? 0;
    // A page of another language sets Chinese in the reader's own fonts, as it was built to.
    if (code <= 0x20 || (!chinesePage && isChinese(code))) continue;
    if (!seen.has(code)) {
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

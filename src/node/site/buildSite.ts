import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findChart } from '../../charts/registry';
import { builtFigureCss } from '../../figure/builtFigureCss';
import { LANGUAGES } from '../../i18n/languages';
import { loadMessages } from '../../state/language';
import { diskFigure, diskSources } from '../diskFigures';
import { compressFiles } from './compressFiles';
import { criticalCss } from './criticalCss';
import { bakeImages, type BuiltFile } from './bakeImages';
import { DATA_DIR } from '../paths';
import {
  codesOf,
  decodeEscapes,
  filesText,
  intlText,
  markupText,
  paintedText,
} from './fonts/characters';
import { boldText } from './fonts/boldText';
import { writeSiteFonts, type SiteFonts, type SiteText } from './fonts/siteFonts';
import { fillTemplate, headTags, pageMeta, type SiteAddress } from './pageHead';
import { builtPages, type BuiltPage } from './pages';
import { renderPage } from './renderPage';

/** `ru/chart/trade/index.html` for `/ru/chart/trade`: a folder a static host serves as is. */
function fileOf(page: BuiltPage): string {
  return `${page.address.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, '');
}

interface RenderedPage {
  page: BuiltPage;
  head: string;
  markup: string;
}

async function renderedPage(
  page: BuiltPage,
  at: SiteAddress,
  files: Awaited<ReturnType<typeof diskSources>>,
): Promise<RenderedPage> {
  const t = await loadMessages(page.lang);
  const chart = page.chart ? findChart(page.chart) : undefined;
  const figure = chart
    ? await diskFigure(chart, { size: { width: 1176 }, selection: {}, lang: page.lang }, files)
    : undefined;
  const meta = pageMeta(page, t, figure);
  return { page, head: headTags(page, meta, at), markup: await renderPage(page, files) };
}

/**
 * Tooltips a built figure fetches rather than carries (see BuiltWidths.tipsFile): taken out of
 * the page and written once per language and chart, at the address the figure names.
 */
function moveTips(html: string, base: string, files: Map<string, string>): string {
  return html.replace(
    /<script type="application\/json" data-tips-for="[^"]*" data-tips-src="([^"]+)">([\s\S]*?)<\/script>/g,
    (_, src: string, json: string) => {
      files.set(src.slice(base.length), json.replace(/\\u003c/g, '<'));
      return '';
    },
  );
}

async function pageFile(
  rendered: RenderedPage,
  template: string,
  fonts: SiteFonts,
  critical: (html: string) => Promise<string>,
  tips: Map<string, string>,
): Promise<BuiltFile> {
  const { page, head, markup } = rendered;
  // Nothing is preloaded, fonts or scripts: the first paint needs neither (text is drawn in the
  // reader's fonts until the faces arrive), and what a page asks for before it paints is what a
  // slow line makes it wait for (Lighthouse's mobile model counts it against the first paint).
  const html = fillTemplate(template, page, {
    head,
    css: `${fonts.css(page.lang)}\n${builtFigureCss('.figure-built', markup)}`,
    markup: moveTips(markup, fonts.base, tips),
  });
  return { path: fileOf(page), bytes: await critical(html) };
}

/**
 * Where the Chinese front page's first view ends: after its third chart card. Chromium draws a
 * card below the fold (content-visibility: auto) while it is within about a screen of it, so a
 * phone's, a laptop's and a desktop's first views all draw the first three.
 */
const FIRST_VIEW_CARDS = 3;

function firstViewEnd(markup: string): number {
  const cards = [...markup.matchAll(/data-chart-card="/g)];
  return cards[FIRST_VIEW_CARDS]?.index ?? markup.length;
}

/**
 * Every character the site can show: its pages, its scripts (the words of every language and
 * chart), its data files and what Intl writes; and what the Chinese front page paints first.
 */
function siteText(outDir: string, pages: readonly RenderedPage[]): SiteText {
  const zh = pages.find((p) => p.page.lang === 'zh' && p.page.kind === 'dashboard');
  const text =
    pages.map((p) => markupText(p.markup + p.head)).join('') +
    decodeEscapes(filesText(resolve(outDir, 'assets'), ['.js'])) +
    filesText(DATA_DIR, ['.json', '.txt']) +
    intlText();
  const first = zh ? zh.markup.slice(0, firstViewEnd(zh.markup)) : '';
  const css = filesText(resolve(outDir, 'assets'), ['.css']);
  return {
    all: codesOf(text),
    zhFirstView: codesOf(paintedText(first, first.length)),
    zhFirstViewBold: codesOf(boldText(first, css)),
  };
}

function write(outDir: string, file: BuiltFile): void {
  const path = resolve(outDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.partial`, file.bytes);
  renameSync(`${path}.partial`, path);
}

/**
 * The site, built: every route in every language as a page with its figures inside, and every
 * chart as an image at a stable address, from the files in `data/` and the app's own code.
 */
export async function buildSite(outDir: string, base: string): Promise<number> {
  const template = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const at = { site: (process.env.SITE_URL ?? '').replace(/\/+$/, ''), base };
  const date = new Date().toISOString().slice(0, 10);
  const rendered: RenderedPage[] = [];
  for (const lang of LANGUAGES) {
    const files = await diskSources(lang);
    for (const page of builtPages().filter((p) => p.lang === lang)) {
      rendered.push(await renderedPage(page, at, files));
    }
    for (const image of await bakeImages(lang, files, at, date)) write(outDir, image);
  }
  const fonts = await writeSiteFonts(outDir, base, siteText(outDir, rendered));
  const critical = criticalCss(outDir, base);
  const tips = new Map<string, string>();
  for (const page of rendered) write(outDir, await pageFile(page, template, fonts, critical, tips));
  for (const [path, json] of tips) write(outDir, { path, bytes: json });
  compressFiles(outDir);
  return rendered.length;
}

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findChart } from '../../charts/registry';
import { builtFigureCss } from '../../figure/builtFigureCss';
import { LANGUAGES } from '../../i18n/languages';
import { loadMessages } from '../../state/language';
import { diskFigure, diskSources } from '../diskFigures';
import { bakeImages, type BuiltFile } from './bakeImages';
import { fillTemplate, headTags, pageMeta, type SiteAddress } from './pageHead';
import { builtPages, type BuiltPage } from './pages';
import { renderPage } from './renderPage';

/** `ru/chart/trade/index.html` for `/ru/chart/trade`: a folder a static host serves as is. */
function fileOf(page: BuiltPage): string {
  return `${page.address.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, '');
}

async function pageFile(
  page: BuiltPage,
  template: string,
  at: SiteAddress,
  files: Awaited<ReturnType<typeof diskSources>>,
): Promise<BuiltFile> {
  const t = await loadMessages(page.lang);
  const chart = page.chart ? findChart(page.chart) : undefined;
  const figure = chart
    ? await diskFigure(chart, { size: { width: 1176 }, selection: {}, lang: page.lang }, files)
    : undefined;
  const meta = pageMeta(page, t, figure);
  const markup = await renderPage(page, files);
  const html = fillTemplate(template, page, {
    head: headTags(page, meta, at),
    css: builtFigureCss(),
    markup,
  });
  return { path: fileOf(page), bytes: html };
}

function write(outDir: string, file: BuiltFile): void {
  const path = resolve(outDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.partial`, file.bytes);
  renameSync(`${path}.partial`, path);
}

/**
 * The page's stylesheet, inline: a file would cost a round trip before anything paints. Its
 * addresses (fonts) are absolute, so they hold from any page's folder.
 */
function inlineStyles(template: string, outDir: string, base: string): string {
  return template.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href: string) => {
    const css = readFileSync(resolve(outDir, href.slice(base.length)), 'utf8');
    return `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  });
}

/**
 * The site, built: every route in every language as a page with its figures inside, and every
 * chart as an image at a stable address, from the files in `data/` and the app's own code.
 */
export async function buildSite(outDir: string, base: string): Promise<number> {
  const template = inlineStyles(readFileSync(resolve(outDir, 'index.html'), 'utf8'), outDir, base);
  const at = { site: (process.env.SITE_URL ?? '').replace(/\/+$/, ''), base };
  const date = new Date().toISOString().slice(0, 10);
  let count = 0;
  for (const lang of LANGUAGES) {
    const files = await diskSources(lang);
    for (const page of builtPages().filter((p) => p.lang === lang)) {
      write(outDir, await pageFile(page, template, at, files));
      count++;
    }
    for (const image of await bakeImages(lang, files, at, date)) write(outDir, image);
  }
  return count;
}

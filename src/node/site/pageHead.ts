import { escapeMarkup as escapeHtml } from '../../figure/escapeMarkup';
import type { ComposedFigure } from '../../charts/compose';
import { findChart } from '../../charts/registry';
import type { Messages } from '../../i18n/messages/en';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { LANG_ATTRIBUTE } from '../../state/language';
import { localizedPath } from '../../state/localePaths';
import type { BuiltPage } from './pages';

/**
 * The size baked images are laid out and drawn at: a link preview's (1200 px wide, as the
 * networks ask), in 256 colours (see palettePng). A reader who needs more exports their own PNG,
 * at up to four times the pixels.
 */
export const IMAGE = { width: 1200, height: 675, scale: 1 };

const OG_LOCALE: Record<Language, string> = { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ', zh: 'zh_CN' };

/** Where the site lives: `SITE_URL` (e.g. https://example.org) and the build's base path. */
export interface SiteAddress {
  site: string;
  base: string;
}

/** An address of the site: absolute when the site's address is known, else from its root. */
export function siteUrl(at: SiteAddress, path: string): string {
  return `${at.site}${at.base.replace(/\/$/, '')}${path}`;
}

/** The first sentences of a summary, up to about 300 characters: a search result's snippet. */
function snippet(text: string): string {
  const sentences = text.match(/[^.。!?]+[.。!?]+/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out !== '' && (out + s).length > 300) break;
    out += s;
  }
  return out.trim();
}

export interface PageMeta {
  title: string;
  description: string;
  /** The headline a shared link shows: the figure's finding, where the page has a figure. */
  shareTitle: string;
  image?: { path: string; alt: string };
  index: boolean;
}

/** What the page's head says of it, in its language. */
export function pageMeta(page: BuiltPage, t: Messages, figure?: ComposedFigure): PageMeta {
  const chart = page.chart ? findChart(page.chart) : undefined;
  const name = chart?.names[page.lang].name;
  const image = (id: string, alt: string) => ({ path: `/images/${page.lang}/${id}.png`, alt });
  if (!chart || !figure || !name) {
    return {
      title: page.kind === 'present' ? t.pageTitle(t.sourcesHeading) : t.siteTitle,
      description: t.lede,
      shareTitle: t.siteTitle,
      image: image('trade', t.siteTitle),
      index: page.kind === 'dashboard',
    };
  }
  return {
    title: page.kind === 'embed' ? figure.model.text.title : t.pageTitle(name),
    description: snippet(figure.model.summary),
    shareTitle: figure.model.text.title,
    image: image(chart.id, figure.model.text.title),
    // Embeds and slides repeat a chart's own page; search engines are pointed there.
    index: page.kind === 'chart',
  };
}

/** The tags of the page's head: title, description, addresses in every language, link previews. */
export function headTags(page: BuiltPage, meta: PageMeta, at: SiteAddress): string {
  const url = (lang: Language) => siteUrl(at, localizedPath(page.path, lang));
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${url(page.lang)}" />`,
    ...LANGUAGES.map(
      (l) => `<link rel="alternate" hreflang="${LANG_ATTRIBUTE[l]}" href="${url(l)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${url('en')}" />`,
    ...(meta.index ? [] : ['<meta name="robots" content="noindex" />']),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:url" content="${url(page.lang)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.shareTitle)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[page.lang]}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.shareTitle)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
  ];
  if (meta.image) {
    const src = siteUrl(at, meta.image.path);
    tags.push(
      `<meta property="og:image" content="${src}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${String(IMAGE.width * IMAGE.scale)}" />`,
      `<meta property="og:image:height" content="${String(IMAGE.height * IMAGE.scale)}" />`,
      `<meta property="og:image:alt" content="${escapeHtml(meta.image.alt)}" />`,
      `<meta name="twitter:image" content="${src}" />`,
      `<meta name="twitter:image:alt" content="${escapeHtml(meta.image.alt)}" />`,
    );
  }
  return tags.map((tag) => `    ${tag}`).join('\n');
}

/** The built page: the template's head and scripts, the page's own head and markup. */
export function fillTemplate(
  template: string,
  page: BuiltPage,
  parts: { head: string; css: string; markup: string },
): string {
  const surface = page.kind === 'embed' ? ' data-surface="embed"' : '';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${LANG_ATTRIBUTE[page.lang]}"${surface}>`)
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', `${parts.head}\n    <style>${parts.css}</style>\n  </head>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" data-page="${page.address}">${parts.markup}</div>`,
    );
}

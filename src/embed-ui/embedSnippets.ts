import { selectionParams, type Selection } from '../figure/selection';

export interface EmbedRequest {
  chartId: string;
  /** The figure's title, for the frame's accessible name. */
  title: string;
  /** Theme asked for: a reader's explicit choice, or auto to follow the host's visitors. */
  theme: 'light' | 'dark' | 'auto';
  lang: string;
  selection: Selection;
  /** The figure's size as the reader sees it, for the aspect ratio without scripts. */
  width: number;
  height: number;
  /** Turns an app path and query into an absolute address of this site, in `lang`. */
  absolute: (path: string, search: string) => string;
  /** The absolute address of a file of the site (a script, an image). */
  file: (path: string) => string;
}

export interface EmbedSnippets {
  iframe: string;
  responsive: string;
  link: string;
  url: string;
  image: string;
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function viewQuery(r: EmbedRequest, extra: Record<string, string>): string {
  const params = new URLSearchParams(extra);
  for (const [key, value] of selectionParams(r.selection)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * What a reader pastes into a page: an iframe that keeps its shape with no script at all, the
 * same with the small resizing script, and the plain link to the chart's page.
 */
export function embedSnippets(r: EmbedRequest): EmbedSnippets {
  // The address names the language (/ru/embed/trade); the theme and view go in the query.
  const settings: Record<string, string> = {};
  if (r.theme !== 'auto') settings.theme = r.theme;
  const url = r.absolute(`/embed/${encodeURIComponent(r.chartId)}`, viewQuery(r, settings));
  const link = r.absolute(`/chart/${encodeURIComponent(r.chartId)}`, viewQuery(r, settings));
  const w = Math.round(r.width);
  const h = Math.round(r.height);
  const common = `src="${escapeAttribute(url)}" title="${escapeAttribute(r.title)}" loading="lazy"`;
  const iframe = `<iframe ${common} width="100%" height="${String(h)}" style="width: 100%; height: auto; aspect-ratio: ${String(w)} / ${String(h)}; border: 0;"></iframe>`;
  const script = r.file('/embed.js');
  const responsive = `<iframe ${common} data-kzcn-embed width="100%" height="${String(h)}" style="width: 100%; border: 0;"></iframe>\n<script src="${escapeAttribute(script)}" async></script>`;
  const image = r.file(`/images/${r.lang}/${encodeURIComponent(r.chartId)}.png`);
  return { iframe, responsive, link, url, image };
}

/**
 * Runs in the page's <head>, before anything is painted: the reader's theme, and the language a
 * link or the reader asked for. Built pages carry the start-up script inline, allowed by its hash
 * in the page's Content-Security-Policy; the development server serves it as a file.
 */
const LANGS = ['en', 'ru', 'kk', 'zh'];

export function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function preferred(): string | null {
  for (const tag of navigator.languages) {
    const code = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (LANGS.includes(code)) return code;
  }
  return null;
}

/** Where the page is: the site's base, whether it routes by hash, its language and app path. */
export interface PagePlace {
  base: string;
  hashRoutes: boolean;
  pageLang: string;
  /** The app path without the language (`/chart/trade`). */
  rest: string;
  params: URLSearchParams;
}

export function pagePlace(script: HTMLOrSVGScriptElement | null): PagePlace {
  // The site's base, '/' or a host's sub-path ('/kzcn/'): named by the built page, which
  // carries this script inline, or found from the file's address.
  const el = script instanceof HTMLScriptElement ? script : null;
  const base =
    el?.getAttribute('data-base') ??
    (el?.getAttribute('src') ?? '/boot.js').replace(/boot\.js.*$/, '');
  // The single file routes by its hash (#/ru/chart/trade), whatever its own path.
  const hashRoutes =
    Boolean(el?.hasAttribute('data-hash-routes')) || location.hash.startsWith('#/');
  const address = hashRoutes ? location.hash.slice(1) || '/' : location.pathname;
  const q = address.indexOf('?');
  let path = q < 0 ? address : address.slice(0, q);
  const search = hashRoutes ? (q < 0 ? '' : address.slice(q)) : location.search;
  if (!hashRoutes && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const first = path.split('/')[1] ?? '';
  const pageLang = LANGS.indexOf(first) > 0 ? first : 'en';
  const rest = pageLang === 'en' ? path : path.slice(first.length + 1) || '/';
  return { base, hashRoutes, pageLang, rest, params: new URLSearchParams(search) };
}

/**
 * The same page in language `lang`, with `params` as its query: in place of this one (a link
 * that named its language), or as a new step the reader can go back from (their own choice).
 */
export function goToLanguage(
  place: PagePlace,
  lang: string,
  params: URLSearchParams,
  step: 'replace' | 'assign' = 'replace',
): void {
  params.delete('lang');
  const query = params.toString();
  let target =
    (lang === 'en' ? '' : `/${lang}`) + (place.rest === '/' && lang !== 'en' ? '/' : place.rest);
  target = target.replace(/\/\/+/g, '/') + (query ? `?${query}` : '');
  if (place.hashRoutes) {
    // A new hash is the same page: the app reads it as it starts.
    location[step](`${location.pathname}${location.search}#${target}`);
    return;
  }
  location[step](place.base.replace(/\/$/, '') + target + location.hash);
}

/**
 * Marks the page as running scripts, sets the theme before the first paint, and leaves for the
 * reader's language: a link that names it (?lang=), or their earlier choice; an address that
 * names its own language (/ru/…) is kept, and a first visit to the front page opens the first of
 * the browser's languages the site speaks. False when the page is being left.
 */
export function startPage(place: PagePlace): boolean {
  const root = document.documentElement;
  root.setAttribute('data-js', '');
  const embedded = place.rest.startsWith('/embed/');
  let theme = place.params.get('theme');
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') {
    theme = embedded ? null : stored('kzcn-theme');
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  const asked = place.params.get('lang');
  let wanted = asked !== null && LANGS.includes(asked) ? asked : null;
  if (!wanted && place.pageLang === 'en' && !embedded) {
    const chosen = stored('kzcn-lang');
    if (chosen !== null && LANGS.includes(chosen)) wanted = chosen;
    else if (place.rest === '/') wanted = preferred();
  }
  if (!wanted || wanted === place.pageLang) return true;
  // The page is left before it paints: nothing of this language shows in the meantime.
  if (!place.hashRoutes) root.style.visibility = 'hidden';
  goToLanguage(place, wanted, new URLSearchParams(place.params));
  return false;
}

import {
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { Language } from '../i18n/languages';
import { localizedPath, splitLanguage } from './localePaths';

export type Route =
  | { name: 'dashboard' }
  | { name: 'chart'; id: string }
  | { name: 'embed'; id: string }
  /** The deck from a slide (1-based), or one chart's slide alone. */
  | { name: 'present'; slide: number }
  | { name: 'present-one'; id: string }
  | { name: 'not-found'; path: string };

/**
 * Paths (`/ru/chart/trade?year=2024`) on a web server; `#/ru/chart/trade?year=2024` in the
 * single-file build, which opens from disk where there is no server to answer other paths.
 */
export const HASH_ROUTES = import.meta.env.MODE === 'single';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '').replace(/^\.$/, '');

/** The app's own path: the location without the deployment base. */
export function appPath(pathname: string): string {
  const path = BASE !== '' && pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return path === '' ? '/' : path;
}

function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The route an app path names, its language prefix taken off. */
export function parseRoute(pathname: string): Route {
  const path = splitLanguage(appPath(pathname)).path.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'dashboard' };
  const [, kind, rest, extra] = path.split('/');
  if (extra === undefined && rest !== undefined && rest !== '') {
    if (kind === 'chart') return { name: 'chart', id: segment(rest) };
    if (kind === 'embed') return { name: 'embed', id: segment(rest) };
    if (kind === 'present') {
      return /^\d{1,3}$/.test(rest)
        ? { name: 'present', slide: Number(rest) }
        : { name: 'present-one', id: segment(rest) };
    }
  }
  if (path === '/present') return { name: 'present', slide: 1 };
  return { name: 'not-found', path };
}

/** The language an app path names by its prefix: English at the root. */
export function languageOf(pathname: string): Language {
  return splitLanguage(appPath(pathname)).lang;
}

export interface AppLocation {
  /** The app path, with its language prefix (`/ru/chart/trade`). */
  pathname: string;
  search: string;
}

/**
 * The route's path and query, wherever the build keeps them (path or hash). For an address saved
 * elsewhere (in an exported file), only a chart's path at its end counts, with its language,
 * whatever the site's base.
 */
export function locationOf(
  url: { pathname: string; search: string; hash: string },
  ownPage = false,
): AppLocation {
  if (url.hash.startsWith('#/')) {
    const inner = url.hash.slice(1);
    const q = inner.indexOf('?');
    return q < 0
      ? { pathname: inner, search: '' }
      : { pathname: inner.slice(0, q), search: inner.slice(q) };
  }
  if (ownPage) return { pathname: HASH_ROUTES ? '/' : appPath(url.pathname), search: url.search };
  const chart = /(\/(?:ru|kk|zh))?\/chart\/[^/]+\/?$/.exec(url.pathname);
  return { pathname: chart ? chart[0] : '/', search: url.search };
}

/**
 * The location a page was built for: in Node, the page being rendered; in the browser, while the
 * page's built markup is hydrated, the same path with no query (the build knew of none).
 */
let serverLocation: AppLocation | undefined;

export function setServerLocation(location: AppLocation | undefined): void {
  serverLocation = location;
}

export function currentLocation(): AppLocation {
  if (typeof window === 'undefined') return serverLocation ?? { pathname: '/', search: '' };
  return locationOf(window.location, true);
}

function builtLocation(): AppLocation {
  return serverLocation ?? { pathname: currentLocation().pathname, search: '' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

export function useLocation(): AppLocation {
  const pathname = useSyncExternalStore(
    subscribe,
    () => currentLocation().pathname,
    () => builtLocation().pathname,
  );
  const search = useSyncExternalStore(
    subscribe,
    () => currentLocation().search,
    () => builtLocation().search,
  );
  return { pathname, search };
}

export function useRoute(): Route {
  return parseRoute(useLocation().pathname);
}

/** The language the address names. */
export function usePageLanguage(): Language {
  return languageOf(useLocation().pathname);
}

/**
 * The address of an app path in `lang` (by default the page's own), relative to the page, as the
 * build's routing writes it.
 */
export function href(to: string, search = '', lang = languageOf(currentLocation().pathname)) {
  const path = localizedPath(to, lang);
  return HASH_ROUTES ? `#${path}${search}` : `${BASE}${path}${search}`;
}

/** The full address of an app path, for links that leave the page (embeds, copied links). */
export function absoluteHref(to: string, search = '', lang?: Language): string {
  return new URL(href(to, search, lang), window.location.href).href;
}

/** The full address of a file of the site (a script, an image): no language, no hash route. */
export function absoluteFileHref(path: string): string {
  return new URL(`${BASE}${path}`, window.location.href).href;
}

function go(url: string, replace: boolean): void {
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function navigate(to: string, search = currentLocation().search, lang?: Language): void {
  go(href(to, search, lang), false);
  window.scrollTo(0, 0);
}

/** The app path of the current route, without its language prefix. */
export function routePath(): string {
  return splitLanguage(currentLocation().pathname).path;
}

/** Replaces the current entry's path, keeping its query (a slide number, for example). */
export function replacePath(to: string): void {
  go(href(to, currentLocation().search), true);
}

/** Rewrites the query string in place (view state: selection, theme), without a history entry. */
export function updateSearch(edit: (params: URLSearchParams) => void): void {
  const params = new URLSearchParams(currentLocation().search);
  edit(params);
  const next = params.toString();
  go(href(routePath(), next ? `?${next}` : ''), true);
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
}

/** A real link (it opens in a new tab, it can be copied) that navigates in place on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const { pathname, search } = useLocation();
  const lang = languageOf(pathname);
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    navigate(to, search, lang);
  };
  return (
    <a href={href(to, search, lang)} onClick={handle} {...rest}>
      {children}
    </a>
  );
}

import {
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export type Route =
  | { name: 'dashboard' }
  | { name: 'chart'; id: string }
  | { name: 'embed'; id: string }
  /** The deck from a slide (1-based), or one chart's slide alone. */
  | { name: 'present'; slide: number }
  | { name: 'present-one'; id: string }
  | { name: 'not-found'; path: string };

/**
 * Paths (`/chart/trade?year=2024`) on a web server; `#/chart/trade?year=2024` in the single-file
 * build, which opens from disk where there is no server to answer other paths.
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

export function parseRoute(pathname: string): Route {
  const path = appPath(pathname).replace(/\/+$/, '') || '/';
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

export interface AppLocation {
  pathname: string;
  search: string;
}

/**
 * The route's path and query, wherever the build keeps them (path or hash). For an address saved
 * elsewhere (in an exported file), only a chart's path at its end counts, whatever the site's base.
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
  const chart = /\/chart\/[^/]+\/?$/.exec(url.pathname);
  return { pathname: chart ? chart[0] : '/', search: url.search };
}

export function currentLocation(): AppLocation {
  return locationOf(window.location, true);
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
  const pathname = useSyncExternalStore(subscribe, () => currentLocation().pathname);
  const search = useSyncExternalStore(subscribe, () => currentLocation().search);
  return { pathname, search };
}

export function useRoute(): Route {
  return parseRoute(useLocation().pathname);
}

/** The address of an app path, relative to the page, as the build's routing writes it. */
export function href(to: string, search = ''): string {
  return HASH_ROUTES ? `#${to}${search}` : `${BASE}${to}${search}`;
}

/** The full address of an app path, for links that leave the page (embeds, copied links). */
export function absoluteHref(to: string, search = ''): string {
  return new URL(href(to, search), window.location.href).href;
}

function go(url: string, replace: boolean): void {
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function navigate(to: string, search = currentLocation().search): void {
  go(href(to, search), false);
  window.scrollTo(0, 0);
}

/** Replaces the current entry's path, keeping its query (a slide number, for example). */
export function replacePath(to: string): void {
  go(href(to, currentLocation().search), true);
}

/** Rewrites the query string in place (view state: selection, theme), without a history entry. */
export function updateSearch(edit: (params: URLSearchParams) => void): void {
  const { pathname, search } = currentLocation();
  const params = new URLSearchParams(search);
  edit(params);
  const next = params.toString();
  go(href(pathname, next ? `?${next}` : ''), true);
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
}

/** A real link (it opens in a new tab, it can be copied) that navigates in place on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={href(to, currentLocation().search)} onClick={handle} {...rest}>
      {children}
    </a>
  );
}

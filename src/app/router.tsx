import {
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export type Route =
  { name: 'dashboard' } | { name: 'chart'; id: string } | { name: 'not-found'; path: string };

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The app's own path: the location without the deployment base. */
export function appPath(pathname: string): string {
  const path = BASE !== '' && pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return path === '' ? '/' : path;
}

export function parseRoute(pathname: string): Route {
  const path = appPath(pathname).replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'dashboard' };
  const chart = /^\/chart\/([^/]+)$/.exec(path);
  if (chart?.[1] !== undefined) {
    let id: string;
    try {
      id = decodeURIComponent(chart[1]);
    } catch {
      id = chart[1];
    }
    return { name: 'chart', id };
  }
  return { name: 'not-found', path };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function useLocation(): { pathname: string; search: string } {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return { pathname, search };
}

export function useRoute(): Route {
  return parseRoute(useLocation().pathname);
}

export function href(to: string): string {
  return `${BASE}${to}`;
}

export function navigate(to: string, search = window.location.search): void {
  const url = href(to) + search;
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
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
    <a href={href(to) + window.location.search} onClick={handle} {...rest}>
      {children}
    </a>
  );
}

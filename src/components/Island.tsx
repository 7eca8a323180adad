import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';

/** True while a page is rendered ahead of time, in Node: islands render their built content. */
export const BuildingPage = createContext(false);

/** Islands the page arrived with, built ahead of time, by id: what their data was. */
const arrived = new Map<string, string | null>();
/** Islands whose built content has been replaced by their live version, gone from the page. */
const replaced = new Set<string>();

/** The address the page arrived at; once the reader goes elsewhere, its built content is gone. */
let arrivedAt: string | undefined;
let left = false;

/** Notes the islands in the page's markup before React takes the page over. */
export function recordIslands(root: ParentNode): void {
  arrivedAt = window.location.pathname;
  for (const el of root.querySelectorAll('[data-island]')) {
    arrived.set(el.getAttribute('data-island') ?? '', el.getAttribute('data-fingerprint'));
  }
}

/**
 * Whether the page is still the one that arrived. Another page, or this one in another language,
 * is drawn by React: content built for the first would be out of place (or would be empty, for an
 * island mounted anew), so every island shows its live version from then on.
 */
function onArrivedPage(): boolean {
  if (typeof window === 'undefined' || arrivedAt === undefined || left) return false;
  left = window.location.pathname !== arrivedAt;
  return !left;
}

function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** Whether the page arrived with this island's content, still in place. */
function hasBuiltIsland(id: string): boolean {
  return onArrivedPage() && arrived.has(id) && !replaced.has(id);
}

/** As hasBuiltIsland, and renders again when the reader leaves the page the island came with. */
export function useBuiltIsland(id: string): boolean {
  // Hydration reads the same: the built page is still there when React takes it over.
  const onPage = useSyncExternalStore(subscribeToAddress, onArrivedPage, onArrivedPage);
  return onPage && hasBuiltIsland(id);
}

/** The fingerprint of the data an island was built from (see `fingerprint`). */
export function builtFingerprint(id: string): string | null | undefined {
  return arrived.get(id);
}

const noSubscription = () => () => undefined;

/**
 * False while React hydrates a built page (the render that must match it) and in Node; true from
 * then on, and from the start for a page React draws itself.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const KEEP = { __html: '' };

interface Props {
  id: string;
  className?: string;
  /** The live version, once it can be shown; null until then. */
  live: ReactNode;
  /** Shown when there is no built content and nothing live yet (a page React draws itself). */
  fallback?: ReactNode;
  /** What data the built content was made from, to tell later whether it still holds. */
  fingerprint?: string;
  /** The built content: rendered only in Node. */
  children?: ReactNode;
}

/**
 * Content built ahead of time (a figure, the headline figures) that stays as the page arrived
 * with it, untouched by hydration, until its live version takes its place. A reader without
 * JavaScript keeps the built content; with it, the live version comes when its code and data do.
 */
export function Island({ id, className, live, fallback = null, fingerprint, children }: Props) {
  const building = useContext(BuildingPage);
  const hydrated = useHydrated();
  const built = useBuiltIsland(id);
  const showLive = hydrated && live !== null && live !== undefined && live !== false;
  useEffect(() => {
    if (showLive) replaced.add(id);
  }, [showLive, id]);
  if (building) {
    return (
      <div data-island={id} data-fingerprint={fingerprint} className={className}>
        {children}
      </div>
    );
  }
  if (showLive) return live;
  if (built) {
    return (
      <div
        data-island={id}
        data-fingerprint={builtFingerprint(id) ?? undefined}
        className={className}
        dangerouslySetInnerHTML={KEEP}
        suppressHydrationWarning
      />
    );
  }
  return fallback;
}

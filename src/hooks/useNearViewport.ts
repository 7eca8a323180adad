import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * Until the first figure has drawn, a chart loads only if it is on screen: the placeholders
 * above are shorter than the figures that replace them, so a look-ahead margin measured then
 * would pull in charts the reader cannot see yet. After that (or a few seconds, whichever
 * comes first), charts load as they come within the margin.
 */
let settled = false;
const listeners = new Set<() => void>();

export function firstFigureDrawn(): void {
  if (settled) return;
  settled = true;
  listeners.forEach((l) => {
    l();
  });
}

if (typeof window !== 'undefined') window.setTimeout(firstFigureDrawn, 3000);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True once the element comes within `margin` of the viewport, and from then on: charts further
 * down the page load their code only when the reader scrolls towards them.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const lookAhead = useSyncExternalStore(
    subscribe,
    () => settled,
    () => false,
  );
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: lookAhead ? margin : '0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin, near, lookAhead]);
  return near;
}

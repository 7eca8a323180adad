import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in whole px, following resizes; null until first measured, and
 * while not `enabled`: measuring lays out an element the browser would otherwise skip (a card
 * far below the fold), and draws its text in fonts the page has no need of yet.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, enabled = true): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      // jsdom and hidden elements measure 0: fall back to a laptop card width.
      setWidth(w > 0 ? w : 640);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}

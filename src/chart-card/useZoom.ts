import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewTransform } from '../charts/contract';
import type { Rect } from '../figure/frame';

export const IDENTITY: ViewTransform = { x: 0, y: 0, k: 1 };
const MAX_ZOOM = 8;

/** Keeps the zoomed plot covering its frame: no panning off into empty space. */
export function clampTransform(t: ViewTransform, width: number, height: number): ViewTransform {
  const k = Math.min(Math.max(t.k, 1), MAX_ZOOM);
  return {
    k,
    x: Math.min(0, Math.max(width * (1 - k), t.x)),
    y: Math.min(0, Math.max(height * (1 - k), t.y)),
  };
}

/** Zooms by `factor` about the plot point (cx, cy), which stays where it is on screen. */
export function zoomAbout(
  t: ViewTransform,
  factor: number,
  cx: number,
  cy: number,
  w: number,
  h: number,
): ViewTransform {
  const k = Math.min(Math.max(t.k * factor, 1), MAX_ZOOM);
  const ratio = k / t.k;
  return clampTransform({ k, x: cx - (cx - t.x) * ratio, y: cy - (cy - t.y) * ratio }, w, h);
}

export interface Zoom {
  transform: ViewTransform;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  pan: (dx: number, dy: number) => void;
}

/**
 * Pan and zoom for a plot inside `target`: drag with a mouse, one finger (once zoomed) or two
 * (pinch), Ctrl or ⌘ with the wheel, and the returned functions for buttons and keys.
 */
export function useZoom(
  target: RefObject<HTMLElement | null>,
  plot: Rect | null,
  enabled: boolean,
): Zoom {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const w = plot?.width ?? 0;
  const h = plot?.height ?? 0;

  const zoomCentre = useCallback(
    (factor: number) => {
      setTransform((t) => zoomAbout(t, factor, w / 2, h / 2, w, h));
    },
    [w, h],
  );
  const pan = useCallback(
    (dx: number, dy: number) => {
      setTransform((t) => clampTransform({ ...t, x: t.x + dx, y: t.y + dy }, w, h));
    },
    [w, h],
  );

  useEffect(() => {
    const el = target.current;
    if (!enabled || !el || !plot) return;
    const local = (e: { clientX: number; clientY: number }) => {
      const box = el.getBoundingClientRect();
      // Figure units, also when a surface scales the figure (a slide).
      const scale = el.offsetWidth > 0 ? box.width / el.offsetWidth : 1;
      return {
        x: (e.clientX - box.left) / scale - plot.x,
        y: (e.clientY - box.top) / scale - plot.y,
      };
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const p = local(e);
      setTransform((t) =>
        zoomAbout(t, e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y, plot.width, plot.height),
      );
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.current.set(e.pointerId, local(e));
    };
    const onMove = (e: PointerEvent) => {
      const prev = pointers.current.get(e.pointerId);
      if (!prev) return;
      const now = local(e);
      const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId);
      const other = others[0]?.[1];
      if (other) {
        // Pinch: scale by the change in distance, about the midpoint.
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(now.x - other.x, now.y - other.y);
        if (before > 0) {
          const cx = (now.x + other.x) / 2;
          const cy = (now.y + other.y) / 2;
          setTransform((t) => zoomAbout(t, after / before, cx, cy, plot.width, plot.height));
        }
      } else if (
        e.pointerType === 'mouse' ||
        e.pointerType === 'pen' ||
        pointers.current.size === 1
      ) {
        setTransform((t) =>
          t.k === 1 && e.pointerType === 'touch'
            ? t
            : clampTransform(
                { ...t, x: t.x + now.x - prev.x, y: t.y + now.y - prev.y },
                plot.width,
                plot.height,
              ),
        );
      }
      pointers.current.set(e.pointerId, now);
    };
    const onUp = (e: PointerEvent) => {
      pointers.current.delete(e.pointerId);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [target, plot, enabled]);

  return {
    // A resize may leave the stored view out of bounds; clamp it on the way out.
    transform: clampTransform(transform, w, h),
    zoomIn: () => {
      zoomCentre(1.5);
    },
    zoomOut: () => {
      zoomCentre(1 / 1.5);
    },
    reset: () => {
      setTransform(IDENTITY);
    },
    pan,
  };
}

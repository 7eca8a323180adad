import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewTransform } from '../charts/contract';
import type { Rect } from '../figure/frame';
import { attachGestures } from './zoomGestures';
import { clampTransform, IDENTITY, zoomAbout } from './zoomMath';

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
  /** The point the buttons zoom on, in plot coordinates; the plot's middle if none. */
  focus?: { x: number; y: number },
): Zoom {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY);
  // Fingers and the mouse down on the plot, kept across re-renders mid-gesture.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const w = plot?.width ?? 0;
  const h = plot?.height ?? 0;

  const fx = focus?.x ?? w / 2;
  const fy = focus?.y ?? h / 2;
  // About where the focus is on screen now: it stays put, so what the figure is about stays in view.
  const zoomCentre = useCallback(
    (factor: number) => {
      setTransform((t) => {
        const at = clampTransform(t, w, h);
        return zoomAbout(at, factor, at.x + at.k * fx, at.y + at.k * fy, w, h);
      });
    },
    [w, h, fx, fy],
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
    return attachGestures(el, plot, pointers.current, setTransform);
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

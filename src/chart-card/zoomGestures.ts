import type { Dispatch, SetStateAction } from 'react';
import type { ViewTransform } from '../charts/contract';
import type { Rect } from '../figure/frame';
import { clampTransform, zoomAbout } from './zoomMath';

/**
 * Listens for the gestures that pan and zoom a plot inside `el`: drag with a mouse, one finger
 * (once zoomed) or two (pinch), Ctrl or ⌘ with the wheel. Returns the function that stops.
 */
export function attachGestures(
  el: HTMLElement,
  plot: Rect,
  pointers: Map<number, { x: number; y: number }>,
  setTransform: Dispatch<SetStateAction<ViewTransform>>,
): () => void {
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
    setTransform((t) => zoomAbout(t, e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y, plot.width, plot.height));
  };
  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, local(e));
  };
  const onMove = (e: PointerEvent) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const now = local(e);
    const others = [...pointers.entries()].filter(([id]) => id !== e.pointerId);
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
    } else if (e.pointerType === 'mouse' || e.pointerType === 'pen' || pointers.size === 1) {
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
    pointers.set(e.pointerId, now);
  };
  const onUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
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
}

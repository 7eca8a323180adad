import type { Rect } from '../figure/frame';
import type { PlotFit } from '../figure/plotFit';
import type { InteractiveMark } from '../figure/model';

/** Pan and zoom of a plot: a point p of the plot shows at clip.x + x + k * (p.x - clip.x). */
export interface PlotTransform {
  x: number;
  y: number;
  k: number;
  clip: Rect;
}

export interface PlacedMark {
  x: number;
  y: number;
  visible: boolean;
}

/** Where a mark shows once the plot is panned and zoomed, and whether it is in view. */
export function placeMark(m: InteractiveMark, t: PlotTransform | undefined): PlacedMark {
  if (!t) return { x: m.x, y: m.y, visible: true };
  const x = t.clip.x + t.x + t.k * (m.x - t.clip.x);
  const y = t.clip.y + t.y + t.k * (m.y - t.clip.y);
  const visible =
    x >= t.clip.x && x <= t.clip.x + t.clip.width && y >= t.clip.y && y <= t.clip.y + t.clip.height;
  return { x, y, visible };
}

/** Pointer distance within which the nearest mark answers, in px. */
const NEAR = 36;

/** The visible mark nearest to (px, py) in figure units, if one is near enough. */
export function nearestMark(placed: readonly PlacedMark[], px: number, py: number): number | null {
  let best: number | null = null;
  let bestDist = NEAR;
  placed.forEach((p, i) => {
    if (!p.visible) return;
    const d = Math.hypot(p.x - px, p.y - py);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  });
  return best;
}

/** A pointer event's position in figure units, also when a surface scales the figure. */
export function figurePoint(el: HTMLElement, clientX: number, clientY: number) {
  const box = el.getBoundingClientRect();
  const scale = el.offsetWidth > 0 ? box.width / el.offsetWidth : 1;
  return { x: (clientX - box.left) / scale, y: (clientY - box.top) / scale };
}

/** The keys that move between marks, and where each goes from mark `i` of `n`. */
export const MARK_KEYS: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Where a mark's tooltip stands in its layer: above the mark, kept 110 px in from the sides,
 * below it when the mark is near the top (or the tooltip found no room above).
 */
export function tooltipAnchor(
  at: { x: number; y: number },
  width: number,
  height: number,
  flip: boolean,
) {
  return {
    left: Math.min(Math.max(at.x, 110), Math.max(width - 110, 110)),
    top: at.y,
    below: at.y < height * 0.35 || flip,
  };
}

/** Keeps clear of the window's edges by this much. */
const EDGE = 8;

/**
 * How far a tooltip drawn at `box` moves sideways to stay inside a window `viewport` px wide,
 * and whether it must go below its mark for want of room above.
 */
export function viewportShift(
  box: { left: number; right: number; top: number },
  viewport: number,
): { dx: number; flip: boolean } {
  let dx = 0;
  if (box.right > viewport - EDGE) dx = viewport - EDGE - box.right;
  if (box.left + dx < EDGE) dx = EDGE - box.left;
  return { dx: Math.round(dx), flip: box.top < 0 };
}

/** How a fixed frame's scaled or centred plot moves its marks (see plotFit), if at all. */
export function fitPlacement(fit: PlotFit, clip: Rect): PlotTransform | undefined {
  return fit.k < 1 || fit.dy >= 1 ? { x: fit.dx, y: fit.dy, k: fit.k, clip } : undefined;
}

import type { Rect } from '../figure/frame';
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

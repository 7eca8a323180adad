import type { ViewTransform } from '../charts/contract';

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

/**
 * What a reader did on a built page before its code arrived, kept by the page's start-up script
 * (src/app/boot) for the live page to carry on from: nothing the reader did is lost when the
 * live figure takes the built one's place.
 */
export interface EarlyGestures {
  /** Chart cards the reader reached (pointer, touch, focus), by chart id. */
  reached: string[];
  /** The built mark whose tooltip shows, and whether a tap opened it (it then offers a button). */
  tip: { chart: string; mark: string; touched: boolean } | null;
  /** The built mark with keyboard focus. */
  focus: { chart: string; mark: string } | null;
  /** A mark the reader picked (a click, Enter or Space, a tapped tooltip's button): it highlights once live. */
  pick: { chart: string; mark: string } | null;
}

declare global {
  interface Window {
    kzcnEarly?: EarlyGestures;
  }
}

/** Dispatched on the document, its detail a chart id, when a reader first reaches a card. */
export const REACHED_EVENT = 'kzcn:reached';

export function earlyGestures(): EarlyGestures {
  if (typeof window === 'undefined') return { reached: [], tip: null, focus: null, pick: null };
  window.kzcnEarly ??= { reached: [], tip: null, focus: null, pick: null };
  return window.kzcnEarly;
}

/** What the reader did on one chart's built figure, for its live figure to carry on from. */
export function peekEarlyGestures(chart: string) {
  const early = earlyGestures();
  const mine = <T extends { chart: string }>(g: T | null): T | null =>
    g && g.chart === chart ? g : null;
  return { tip: mine(early.tip), focus: mine(early.focus), pick: mine(early.pick) };
}

/** Clears what the reader did on one chart's built figure, once its live figure has it. */
export function takeEarlyGestures(chart: string): void {
  const early = earlyGestures();
  if (early.tip?.chart === chart) early.tip = null;
  if (early.focus?.chart === chart) early.focus = null;
  if (early.pick?.chart === chart) early.pick = null;
}

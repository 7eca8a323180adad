import { typeScale, type FigureSize } from './frame';
import type { FigureModel } from './model';
import { plotFit } from './plotFit';

/** The screen and slide shapes a deck is laid out for. */
export const SLIDE_ASPECTS = ['16:9', '16:10', '4:3'] as const;
export type SlideAspect = (typeof SLIDE_ASPECTS)[number];

const RATIO: Record<SlideAspect, number> = { '16:9': 16 / 9, '16:10': 16 / 10, '4:3': 4 / 3 };

/** Every slide is this many figure pixels tall; its width follows its shape. */
export const SLIDE_HEIGHT = 675;

/**
 * Slides share one type scale whatever their shape: on a 13.33 × 7.5 in slide (0.8 pt per
 * figure pixel) chart labels come out at 13 pt and titles at 24 pt, legible from a room's back.
 */
export const SLIDE_TYPE_WIDTH = 1500;

export function slideWidth(aspect: SlideAspect): number {
  return Math.round(SLIDE_HEIGHT * RATIO[aspect]);
}

/**
 * The plot type scales a slide tries, largest first; titles keep the largest. A chart whose plot
 * is scaled down to fit the slide's height (the nuclear chart's stacked panels, the milestones'
 * rows) loses more to the scaling than it gains from larger type; it takes the scale that
 * leaves its smallest word largest.
 */
export const SLIDE_TYPE_WIDTHS = [SLIDE_TYPE_WIDTH, 1350, 1200] as const;

/** A chart's size on a slide of this shape. */
export function slideFigureSize(aspect: SlideAspect, plotTypeWidth = SLIDE_TYPE_WIDTH): FigureSize {
  return {
    width: slideWidth(aspect),
    height: SLIDE_HEIGHT,
    projectionTypeWidth: SLIDE_TYPE_WIDTH,
    ...(plotTypeWidth === SLIDE_TYPE_WIDTH ? {} : { plotTypeWidth }),
  };
}

/** The slide shape nearest a screen's, so a projector shows no bands. */
export function nearestAspect(width: number, height: number): SlideAspect {
  const ratio = width / Math.max(1, height);
  let best: SlideAspect = '16:9';
  for (const aspect of SLIDE_ASPECTS) {
    if (Math.abs(Math.log(RATIO[aspect] / ratio)) < Math.abs(Math.log(RATIO[best] / ratio))) {
      best = aspect;
    }
  }
  return best;
}

/** How large a slide layout's plot type comes out: its small size once the plot is fitted. */
function legibility(model: FigureModel<unknown>, plotTypeWidth: number): number {
  return typeScale(plotTypeWidth).small * plotFit(model).k;
}

/**
 * Of a chart's layouts at SLIDE_TYPE_WIDTHS (in that order), the one whose plot type comes out
 * largest; a smaller type wins only by a clear margin. Slides, the deck and the handout all
 * choose with this, so a chart looks the same on each.
 */
export function bestSlideLayout<T extends { model: FigureModel<unknown> }>(
  layouts: readonly (T | null)[],
): T | null {
  let best: { layout: T; score: number } | null = null;
  layouts.forEach((layout, i) => {
    if (!layout) return;
    const score = legibility(layout.model, SLIDE_TYPE_WIDTHS[i] ?? SLIDE_TYPE_WIDTH);
    if (!best || score > best.score * 1.01) best = { layout, score };
  });
  return (best as { layout: T } | null)?.layout ?? null;
}

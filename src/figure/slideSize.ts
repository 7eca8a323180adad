import { typeScale, type FigureSize } from './frame';
import type { FigureModel } from './model';
import { plotFit } from './plotFit';
import { MAX_SLIDE_PARTS, type SlidePart } from './slideParts';

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
 * The plot type scales a slide tries, largest first; titles keep the largest. A plot a little
 * too tall for the slide may read better in slightly smaller type than scaled down (see
 * slideParts); 1400 is the smallest that keeps labels at 12 pt, 1200 a last resort.
 */
export const SLIDE_TYPE_WIDTHS = [SLIDE_TYPE_WIDTH, 1400, 1200] as const;

/** A chart's size on a slide of this shape. */
export function slideFigureSize(
  aspect: SlideAspect,
  plotTypeWidth = SLIDE_TYPE_WIDTH,
  part?: SlidePart,
  withoutSubtitle = false,
): FigureSize {
  return {
    width: slideWidth(aspect),
    height: SLIDE_HEIGHT,
    projectionTypeWidth: SLIDE_TYPE_WIDTH,
    ...(plotTypeWidth === SLIDE_TYPE_WIDTH ? {} : { plotTypeWidth }),
    ...(part && part.count > 1 ? { part } : {}),
    ...(withoutSubtitle ? { omit: { subtitle: true } } : {}),
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
 * The smallest plot type a deck accepts, in figure pixels: 12 pt on a 13.33 × 7.5 in slide
 * (0.8 pt a pixel), legible from the back of a room.
 */
export const SLIDE_TYPE_FLOOR = 15.1;

interface SlideCandidate<T> {
  parts: T[];
  score: number;
  /** The least room any part's frame leaves its plot, in figure pixels. */
  room: number;
}

/**
 * The least height a slide leaves its chart: long titles and subtitles in some languages would
 * otherwise squeeze a plot that takes the room it is given (trade, the map) into a strip.
 */
export const SLIDE_PLOT_ROOM = 0.45 * SLIDE_HEIGHT;

/** How a chart is put on slides: in how many parts, and whether the first keeps its subtitle. */
interface SlideSplit {
  count: number;
  withoutSubtitle: boolean;
}

/**
 * In order of preference: one slide; one slide whose subtitle moves to the speaker notes; the
 * chart's parts over two, three, four slides.
 */
const SPLITS: readonly SlideSplit[] = [
  { count: 1, withoutSubtitle: false },
  { count: 1, withoutSubtitle: true },
  ...Array.from({ length: MAX_SLIDE_PARTS - 1 }, (_, i) => ({
    count: i + 2,
    withoutSubtitle: false,
  })),
];

function candidate<T extends { model: FigureModel<unknown> }>(
  aspect: SlideAspect,
  compose: (size: FigureSize) => T,
  typeWidth: number,
  { count, withoutSubtitle }: SlideSplit,
): SlideCandidate<T> | null {
  const parts = Array.from({ length: count }, (_, index) =>
    compose(slideFigureSize(aspect, typeWidth, { index, count }, withoutSubtitle)),
  );
  // A chart that does not split draws itself whole whatever the part asked: not a candidate.
  if (count > 1 && parts.some((p) => p.model.part?.count !== count)) return null;
  return {
    parts,
    score: Math.min(...parts.map((p) => legibility(p.model, typeWidth))),
    room: Math.min(...parts.map((p) => p.model.frame.plot.height)),
  };
}

/** Of two splits that miss the floor or the room: type at the floor first, then more room. */
function better<T>(a: SlideCandidate<T>, b: SlideCandidate<T>): boolean {
  const aLegible = a.score >= SLIDE_TYPE_FLOOR;
  const bLegible = b.score >= SLIDE_TYPE_FLOOR;
  if (aLegible !== bLegible) return aLegible;
  return aLegible ? a.room > b.room + 1 : a.score > b.score * 1.01;
}

/**
 * A chart's slides for the deck and the handout: one slide when its plot type stays at or above
 * SLIDE_TYPE_FLOOR there and its plot keeps SLIDE_PLOT_ROOM, else one without its subtitle,
 * else the fewest parts that do (a long list over two to four slides), in the largest type
 * that fits. A chart that cannot have both takes the split that keeps its type legible with the
 * most room, or failing that the one whose type comes out largest.
 */
export function slideParts<T extends { model: FigureModel<unknown> }>(
  aspect: SlideAspect,
  compose: (size: FigureSize) => T,
): T[] {
  let fallback: SlideCandidate<T> | null = null;
  for (const split of SPLITS) {
    const candidates: SlideCandidate<T>[] = [];
    for (const w of SLIDE_TYPE_WIDTHS) {
      const c = candidate(aspect, compose, w, split);
      if (c) candidates.push(c);
    }
    if (candidates.length === 0) break;
    const legible = candidates.find(
      (c) => c.score >= SLIDE_TYPE_FLOOR && c.room >= SLIDE_PLOT_ROOM,
    );
    if (legible) return legible.parts;
    for (const c of candidates) if (!fallback || better(c, fallback)) fallback = c;
  }
  if (!fallback) throw new Error('no slide layout');
  return fallback.parts;
}

import { useMemo } from 'react';
import type { Chart } from '../charts/registry';
import type { Selection } from '../figure/selection';
import {
  bestSlideLayout,
  SLIDE_TYPE_WIDTHS,
  slideFigureSize,
  type SlideAspect,
} from '../figure/slideSize';
import { useFigure, type FigureState } from './useFigure';

/**
 * A chart laid out for a slide of this shape, in the plot type that comes out largest: the
 * layout the deck and the handout choose too.
 */
export function useSlideFigure(
  chart: Chart,
  aspect: SlideAspect,
  selection: Selection,
  load = true,
): FigureState {
  const sizes = useMemo(() => SLIDE_TYPE_WIDTHS.map((w) => slideFigureSize(aspect, w)), [aspect]);
  // One layout per candidate type scale: a fixed number of hooks.
  const large = useFigure(chart, sizes[0] ?? null, selection, load);
  const middle = useFigure(chart, sizes[1] ?? null, selection, load);
  const small = useFigure(chart, sizes[2] ?? null, selection, load);
  const states = [large, middle, small];
  const notReady = states.find((s) => s.status !== 'ready');
  if (notReady) return notReady;
  return bestSlideLayout(states.map((s) => (s.status === 'ready' ? s : null))) ?? large;
}

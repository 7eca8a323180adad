import { useMemo } from 'react';
import type { Chart } from '../charts/registry';
import type { Selection } from '../figure/selection';
import { slideParts, type SlideAspect } from '../figure/slideSize';
import { useComposer, type FigureState } from './useFigure';

/** One part of a chart laid out for slides, and how many parts it takes. */
export interface SlideFigure {
  state: FigureState;
  /** 1 for a chart on one slide; 2 to 4 for a long one split to stay legible. */
  count: number;
}

/**
 * A chart laid out for slides of this shape as the deck and the handout lay it out (see
 * slideParts): one slide, or a long chart's parts. `part` counts from 0; 'last' is the final
 * part, for a presenter stepping back into the chart.
 */
export function useSlideFigure(
  chart: Chart,
  aspect: SlideAspect,
  selection: Selection,
  part: number | 'last' = 0,
  load = true,
): SlideFigure {
  const state = useComposer(chart, selection, load);
  const compose = state.status === 'ready' ? state.compose : null;
  const parts = useMemo(() => (compose ? slideParts(aspect, compose) : null), [compose, aspect]);
  if (state.status !== 'ready') return { state, count: 1 };
  if (!parts) return { state: { status: 'pending' }, count: 1 };
  const index = part === 'last' ? parts.length - 1 : Math.min(Math.max(part, 0), parts.length - 1);
  const figure = parts[index] ?? parts[0];
  if (!figure) return { state: { status: 'pending' }, count: 1 };
  return { state: { status: 'ready', missing: state.missing, ...figure }, count: parts.length };
}

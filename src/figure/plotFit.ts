import type { FigureModel } from '../charts/types';

/** How a plot laid out by its content sits in a frame of fixed height. */
export interface PlotFit {
  /** Uniform scale, 1 when the plot fits as it is. */
  k: number;
  /** Horizontal offset that centres the scaled plot. */
  dx: number;
}

/**
 * A plot laid out by its content (lists, panels) may be taller than a fixed frame (a slide, an
 * embed, an export size) allows: it is scaled down uniformly and centred, never cut or stretched.
 */
export function plotFit(model: FigureModel<unknown>): PlotFit {
  const { plot } = model.frame;
  const natural = (model.plot as { height?: unknown }).height;
  const k = typeof natural === 'number' && natural > plot.height + 0.5 ? plot.height / natural : 1;
  return { k, dx: Math.round((((1 - k) * plot.width) / 2) * 10) / 10 };
}

export function fitTransform(fit: PlotFit): string | undefined {
  return fit.k < 1 ? `translate(${String(fit.dx)},0) scale(${fit.k.toFixed(4)})` : undefined;
}

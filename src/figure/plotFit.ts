import type { FigureModel } from './model';

/** How a plot laid out by its content sits in a frame of fixed height. */
export interface PlotFit {
  /** Uniform scale, 1 when the plot fits as it is. */
  k: number;
  /** Horizontal offset that centres the scaled plot. */
  dx: number;
  /** Vertical offset that centres a plot shorter than the frame gives it. */
  dy: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A plot laid out by its content (lists, panels) may be taller than a fixed frame (a slide, an
 * embed, an export size) allows: it is scaled down uniformly and centred, never cut or stretched.
 * One that is shorter sits in the middle of the space, not at its top.
 */
export function plotFit(model: FigureModel<unknown>): PlotFit {
  const { plot } = model.frame;
  const natural = (model.plot as { height?: unknown }).height;
  if (typeof natural !== 'number') return { k: 1, dx: 0, dy: 0 };
  if (natural > plot.height + 0.5) {
    const k = plot.height / natural;
    return { k, dx: round(((1 - k) * plot.width) / 2), dy: 0 };
  }
  return { k: 1, dx: 0, dy: round(Math.max(plot.height - natural, 0) / 2) };
}

export function fitTransform(fit: PlotFit): string | undefined {
  if (fit.k < 1) return `translate(${String(fit.dx)},0) scale(${fit.k.toFixed(4)})`;
  return fit.dy >= 1 ? `translate(0,${String(fit.dy)})` : undefined;
}

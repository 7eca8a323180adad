/**
 * Stands in for d3-interpolate (see vite.config.ts). Every scale here maps numbers to pixels
 * or widths, so the colour, string, date and object interpolators, and d3-color with them
 * (about 5 KB gzip of the first view), never run. Anything else is refused loudly rather
 * than interpolated into NaN.
 */
type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new TypeError(
      `Scales here interpolate numbers only, not ${typeof a === 'number' ? typeof b : typeof a}`,
    );
  }
  return interpolateNumber(a, b);
}

/** Evenly spaced pieces, as d3's diverging scales expect. */
export function piecewise(
  make: (a: number, b: number) => Interpolator,
  values: readonly number[],
): Interpolator {
  const n = values.length - 1;
  const pieces = values.slice(1).map((v, i) => make(values[i] ?? v, v));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    const piece = pieces[i];
    return piece ? piece(t - i) : Number.NaN;
  };
}

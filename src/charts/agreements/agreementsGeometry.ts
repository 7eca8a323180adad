/** Hundredths: keeps coordinates short in the model and the SVG, and stable across engines. */
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * How the plot shares its width: wide plots put the document grid and its notes on the left and
 * the sectors on the right; narrower ones stack the sectors below.
 */
export interface PlotGeometry {
  width: number;
  fontSize: number;
  k: number;
  wide: boolean;
  leftWidth: number;
  rightX: number;
  rightWidth: number;
  /** The largest side of a document's square, before k. */
  maxUnit: number;
}

/** How the plot is proportioned: its usual shape, or a denser one to fit a fixed height. */
export interface PlotShape {
  /** The share of a wide plot's width the grid and its notes take. */
  leftShare: number;
  maxUnit: number;
}

export const USUAL_SHAPE: PlotShape = { leftShare: 0.4, maxUnit: 40 };

export function plotGeometry(
  width: number,
  fontSize: number,
  k: number,
  { leftShare, maxUnit }: PlotShape = USUAL_SHAPE,
): PlotGeometry {
  const wide = width >= 680;
  const leftWidth = wide
    ? Math.min(width * leftShare, ((380 * leftShare) / USUAL_SHAPE.leftShare) * k)
    : width;
  const rightX = wide ? leftWidth + 28 * k : 0;
  const rightWidth = wide ? width - rightX : width;
  return { width, fontSize, k, wide, leftWidth, rightX, rightWidth, maxUnit };
}

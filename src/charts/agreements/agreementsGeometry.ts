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
}

export function plotGeometry(width: number, fontSize: number, k: number): PlotGeometry {
  const wide = width >= 680;
  const leftWidth = wide ? Math.min(width * 0.4, 380 * k) : width;
  const rightX = wide ? leftWidth + 28 * k : 0;
  const rightWidth = wide ? width - rightX : width;
  return { width, fontSize, k, wide, leftWidth, rightX, rightWidth };
}

import { round, type PlotGeometry } from './agreementsGeometry';
import type { Unit } from './agreementsTypes';

export interface UnitGrid {
  units: Unit[];
  /** The y of the grid's last row's lower edge. */
  bottom: number;
}

/**
 * One square per document, row by row. Eight columns on mid-width plots keep the grid from
 * growing too tall while it still has the full width to itself.
 */
export function layoutUnits(count: number, namedCount: number, g: PlotGeometry): UnitGrid {
  const cols = g.wide ? 6 : g.width >= 420 ? 8 : 6;
  const rows = Math.ceil(count / cols);
  const gap = round(4 * g.k);
  const size = round(Math.min((g.leftWidth - gap * (cols - 1)) / cols, g.maxUnit * g.k));
  const top = g.fontSize * 0.4;
  const units: Unit[] = [];
  for (let i = 0; i < count; i++) {
    units.push({
      index: i,
      x: round((i % cols) * (size + gap)),
      y: round(top + Math.floor(i / cols) * (size + gap)),
      size,
      named: i < namedCount,
    });
  }
  return { units, bottom: top + rows * (size + gap) - gap };
}

import type { Trade, TradePoint, TradeSeries } from '../../schema/trade';
import type { SeriesKey } from './tradeTypes';

/** Coordinates and sizes are written to two decimals, so output is stable across engines. */
export const round = (n: number) => Math.round(n * 100) / 100;

export function keyOf(series: TradeSeries): SeriesKey {
  return series.reporter === 'China' ? 'cn' : 'kz';
}

export function shapeOf(series: TradeSeries): 'square' | 'circle' {
  return keyOf(series) === 'cn' ? 'square' : 'circle';
}

export function byYear<P extends { year: number }>(points: readonly P[]): P[] {
  return [...points].sort((a, b) => a.year - b.year);
}

export function sortedSeries(data: Trade): TradeSeries[] {
  // China's series first: it is the higher one and the one the record belongs to.
  return [...data.series].sort((a, b) => (keyOf(a) === keyOf(b) ? 0 : keyOf(a) === 'cn' ? -1 : 1));
}

/** Splits points into runs of consecutive years, so a line never bridges a missing year. */
export function consecutiveRuns(points: readonly TradePoint[]): TradePoint[][] {
  const runs: TradePoint[][] = [];
  for (const p of byYear(points)) {
    const current = runs.at(-1);
    const last = current?.at(-1);
    if (current && last && p.year - last.year === 1) current.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** The latest year both lists have a point for. */
export function latestCommonYear(
  a: readonly { year: number }[],
  b: readonly { year: number }[],
): number | undefined {
  return a
    .map((p) => p.year)
    .filter((y) => b.some((q) => q.year === y))
    .sort((x, y) => y - x)[0];
}

/** Whole-percent change, or null when the start is zero. */
export function changePct(from: number, to: number): number | null {
  return from === 0 ? null : Math.round(((to - from) / from) * 100);
}

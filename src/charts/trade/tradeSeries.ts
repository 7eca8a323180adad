import { line } from 'd3-shape';
import type { TradePoint, TradeSeries } from '../../schema/trade';
import { consecutiveRuns, keyOf, round, shapeOf } from './tradeData';
import type { TradeScales } from './tradeScales';
import type { EndLabel, PlottedPoint, PlottedSeries } from './tradeTypes';

function plotPoints(
  s: TradeSeries,
  runs: readonly TradePoint[][],
  { x, y }: TradeScales,
  selectedYear: number | undefined,
): PlottedPoint[] {
  return runs.flat().map((p): PlottedPoint => ({
    id: `${s.id}-${p.year}`,
    year: p.year,
    value: p.value,
    approximate: p.approximate ?? false,
    selected: selectedYear === p.year,
    x: round(x(p.year)),
    y: round(y(p.value)),
  }));
}

/** Each series' line paths and points, without end labels. */
export function plotSeries(
  series: readonly TradeSeries[],
  scales: TradeScales,
  selectedYear: number | undefined,
): PlottedSeries[] {
  const path = line<TradePoint>()
    .x((p) => scales.x(p.year))
    .y((p) => scales.y(p.value))
    .digits(2);
  return series.map((s) => {
    // A year with no sourced figure stays blank: a line across it would invent a trend.
    const runs = consecutiveRuns(s.points);
    return {
      id: s.id,
      key: keyOf(s),
      label: s.label,
      shape: shapeOf(s),
      runs: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
      points: plotPoints(s, runs, scales, selectedYear),
    };
  });
}

/**
 * Labels beside each series' last point, top to bottom, each pushed down to stay a line below
 * the one above. Returned in the series' order; undefined for a series with no points.
 */
function placeEndLabels(
  plotted: readonly PlottedSeries[],
  { fontSize, k }: TradeScales,
): (EndLabel | undefined)[] {
  const anchors = plotted
    .flatMap((s, i) => {
      const last = s.points.at(-1);
      return last ? [{ i, text: s.label, x: last.x + 10 * k, y: last.y }] : [];
    })
    .sort((a, b) => a.y - b.y);
  const minGap = fontSize * 1.3;
  const labels: (EndLabel | undefined)[] = plotted.map(() => undefined);
  let prevY: number | undefined;
  for (const a of anchors) {
    const y = prevY !== undefined && a.y - prevY < minGap ? prevY + minGap : a.y;
    labels[a.i] = { x: round(a.x), y: round(y), text: a.text };
    prevY = y;
  }
  return labels;
}

/** The series with their end labels, when the plot has room for them. */
export function withEndLabels(
  plotted: readonly PlottedSeries[],
  scales: TradeScales,
): PlottedSeries[] {
  if (!scales.wideEnough) return [...plotted];
  const labels = placeEndLabels(plotted, scales);
  return plotted.map((s, i) => {
    const endLabel = labels[i];
    return endLabel ? { ...s, endLabel } : s;
  });
}

import { extent, max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Rect, TypeScale } from '../../figure/frame';
import { measureText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatNumber } from '../../i18n/format';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { Selection } from '../../figure/selection';
import { round } from './tradeData';
import type { Margin, TradePlot, YearRule } from './tradeTypes';

/** The plot's geometry, which every later stage positions its parts with. */
export interface TradeScales {
  width: number;
  height: number;
  margin: Margin;
  fontSize: number;
  /** The frame's multiplier for strokes, radii and paddings. */
  k: number;
  /** Wide enough to name each series at its line's end rather than only in the legend. */
  wideEnough: boolean;
  yearMin: number;
  yearMax: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: TradePlot['xTicks'];
  yTicks: TradePlot['yTicks'];
}

type Headline = Trade['headline'];

/** The largest value and the span of years, the record included. */
function dataExtent(series: readonly TradeSeries[], h: Headline) {
  const allValues = [...series.flatMap((s) => s.points.map((p) => p.value)), h.value];
  const [yearMin = h.year, yearMax = h.year] = extent([
    ...series.flatMap((s) => s.points.map((p) => p.year)),
    h.year,
  ]);
  return { yMax: max(allValues) ?? 1, yearMin, yearMax };
}

/** A zero-based value scale with round ends, and its tick values and labels. */
function valueAxis(yMax: number, plotHeight: number, fontSize: number, lang: Language) {
  const scale = scaleLinear().domain([0, yMax]).nice();
  const values = scale.ticks(Math.max(3, Math.round(plotHeight / (fontSize * 4.2))));
  const labels = values.map((v) => formatNumber(v, 2, lang));
  return { scale, values, labels };
}

/** Room for the value labels on the left and, when there is space, the end labels on the right. */
function plotMargin(
  series: readonly TradeSeries[],
  yLabels: readonly string[],
  wideEnough: boolean,
  fontSize: number,
  k: number,
): Margin {
  const endLabelWidth = wideEnough
    ? Math.max(...series.map((s) => measureText(s.label, fontSize, 600)))
    : 0;
  return {
    top: Math.round(fontSize * 0.8),
    right: Math.round(wideEnough ? endLabelWidth + 14 * k : 10 * k),
    bottom: Math.round(fontSize * 2),
    left: Math.round(Math.max(...yLabels.map((l) => measureText(l, fontSize))) + 10 * k),
  };
}

/** Every `step` years counting back from the latest, so the latest year is always labelled. */
function yearTicks(
  x: ScaleLinear<number, number>,
  yearMin: number,
  yearMax: number,
  innerWidth: number,
  fontSize: number,
): TradePlot['xTicks'] {
  const approxTickCount = Math.max(2, Math.floor(innerWidth / (fontSize * 4)));
  const step = Math.max(1, Math.ceil((yearMax - yearMin + 1) / approxTickCount));
  const ticks: TradePlot['xTicks'] = [];
  for (let year = yearMax; year >= yearMin; year -= step) {
    ticks.unshift({ value: year, x: round(x(year)), label: String(year) });
  }
  return ticks;
}

export function layoutScales(
  series: readonly TradeSeries[],
  h: Headline,
  plotRect: Rect,
  type: TypeScale,
  lang: Language,
): TradeScales {
  const fontSize = type.body;
  const { width, height } = plotRect;
  const { yMax, yearMin, yearMax } = dataExtent(series, h);
  const values = valueAxis(yMax, height, fontSize, lang);
  const wideEnough = width >= 560;
  const margin = plotMargin(series, values.labels, wideEnough, fontSize, type.k);
  // Padding of 0.3 year keeps the first and last markers off the plot's edges.
  const x = scaleLinear()
    .domain([yearMin - 0.3, yearMax + 0.3])
    .range([margin.left, width - margin.right]);
  const y = values.scale.copy().range([height - margin.bottom, margin.top]);
  return {
    width,
    height,
    margin,
    fontSize,
    k: type.k,
    wideEnough,
    yearMin,
    yearMax,
    x,
    y,
    xTicks: yearTicks(x, yearMin, yearMax, width - margin.left - margin.right, fontSize),
    yTicks: values.values.map((v, i) => ({
      value: v,
      y: round(y(v)),
      label: values.labels[i] ?? '',
    })),
  };
}

/** A rule at the picked year, when that year is on this chart's axis. */
export function yearRuleAt(
  selection: Selection,
  { x, yearMin, yearMax }: TradeScales,
): YearRule | undefined {
  return selection.year !== undefined && selection.year >= yearMin && selection.year <= yearMax
    ? { x: round(x(selection.year)), label: String(selection.year) }
    : undefined;
}

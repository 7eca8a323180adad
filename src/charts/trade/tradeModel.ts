import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { layoutFrame, type LegendEntry } from '../../figure/frame';
import { measureText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPercent, formatUsdBn, formatUsdBnShort } from '../../i18n/format';
import { describeSource, shortPublisher } from '../../i18n/sources';
import type { Trade, TradePoint, TradeSeries } from '../../schema/trade';
import type { ChartInput } from '../contract';
import type { FigureModel, InteractiveMark, Quote, TableColumn } from '../../figure/model';
import type { TradeText } from './text';

export type SeriesKey = 'cn' | 'kz';

export interface PlottedPoint {
  id: string;
  year: number;
  value: number;
  approximate: boolean;
  selected: boolean;
  x: number;
  y: number;
}

export interface PlottedSeries {
  id: string;
  key: SeriesKey;
  label: string;
  shape: 'square' | 'circle';
  /** Solid paths through consecutive years. */
  runs: string[];
  points: PlottedPoint[];
  endLabel?: { x: number; y: number; text: string };
}

export interface TradePlot {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  /** The values' unit, in the figure's language ("USD billion", "млрд долларов США"). */
  unit: string;
  series: PlottedSeries[];
  headline: {
    x: number;
    y: number;
    path: string;
    label: string;
    labelX: number;
    labelY: number;
  };
  /** The two series' difference in their latest common year, drawn as a connector. */
  gap?: { x: number; y1: number; y2: number; label?: { x: number; y: number; text: string } };
  /** Growth of the first series since its earliest year, under its end label. */
  growth?: { x: number; y: number; text: string };
  /** The year picked in any chart. */
  yearRule?: { x: number; label: string };
  markRadius: number;
  strokeWidth: number;
  fontSize: number;
}

export type TradeFigure = FigureModel<TradePlot>;

const round = (n: number) => Math.round(n * 100) / 100;

function keyOf(series: TradeSeries): SeriesKey {
  return series.reporter === 'China' ? 'cn' : 'kz';
}

/** Splits points into runs of consecutive years, so a line never bridges a missing year. */
export function consecutiveRuns(points: readonly TradePoint[]): TradePoint[][] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const runs: TradePoint[][] = [];
  for (const p of sorted) {
    const current = runs.at(-1);
    const last = current?.at(-1);
    if (current && last && p.year - last.year === 1) current.push(p);
    else runs.push([p]);
  }
  return runs;
}

function sortedSeries(data: Trade): TradeSeries[] {
  // China's series first: it is the higher one and the one the record belongs to.
  return [...data.series].sort((a, b) => (keyOf(a) === keyOf(b) ? 0 : keyOf(a) === 'cn' ? -1 : 1));
}

/** Whole-percent change, or null when the start is zero. */
function changePct(from: number, to: number): number | null {
  return from === 0 ? null : Math.round(((to - from) / from) * 100);
}

function changePhrase(from: number, to: number, t: TradeText, lang: Language): string {
  const pct = changePct(from, to);
  if (pct === null) return t.change.up;
  if (pct === 0) return t.change.unchanged;
  return pct > 0
    ? t.change.rise(formatPercent(pct, 0, lang))
    : t.change.fall(formatPercent(-pct, 0, lang));
}

/** The one-paragraph text alternative, generated from the data. */
export function summariseTrade(
  data: Trade,
  articleDate: string | null,
  t: TradeText,
  lang: Language = 'en',
): string {
  const money = (v: number, approximate?: boolean) => formatUsdBn(v, approximate, lang);
  const parts: string[] = [];
  const series = sortedSeries(data);
  for (const s of series) {
    const pts = [...s.points].sort((a, b) => a.year - b.year);
    const first = pts[0];
    const last = pts.at(-1);
    if (!first || !last) continue;
    if (first === last) {
      parts.push(t.summary.only(s.label, money(last.value, last.approximate), last.year));
    } else {
      parts.push(
        t.summary.span(
          s.label,
          money(last.value, last.approximate),
          last.year,
          changePhrase(first.value, last.value, t, lang),
          money(first.value, first.approximate),
          first.year,
        ),
      );
    }
  }
  const [a, b] = series;
  if (a && b) {
    const common = a.points
      .map((p) => p.year)
      .filter((y) => b.points.some((q) => q.year === y))
      .sort((x, y) => y - x)[0];
    if (common !== undefined) {
      const va = a.points.find((p) => p.year === common)?.value ?? 0;
      const vb = b.points.find((p) => p.year === common)?.value ?? 0;
      const [hi, lo] = va >= vb ? [a, b] : [b, a];
      const diff = Math.abs(va - vb);
      parts.push(
        t.summary.gap(common, t.reporter[hi.reporter], t.reporter[lo.reporter], money(round(diff))),
      );
    }
  }
  const h = data.headline;
  parts.push(t.summary.article(articleDate, h.year, h.label), t.summary.gaps);
  return parts.join(t.summary.join);
}

export function buildTradeFigure({
  data: { trade: data },
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<{ trade: Trade }, TradeText>): TradeFigure {
  const series = sortedSeries(data);
  const h = data.headline;
  const publishers = [
    ...new Set(
      series.flatMap((s) =>
        s.points
          .map((p) => sources.byId.get(p.source))
          .flatMap((src) => (src ? [shortPublisher(src)] : [])),
      ),
    ),
  ];

  const articleDate = sources.byId.get(h.source)?.published ?? null;
  const recordSource =
    h.source === 'article'
      ? t.recordArticle(articleDate)
      : describeSource(sources.byId.get(h.source));
  const legend: LegendEntry[] = [
    ...series.map((s): LegendEntry => ({
      key: s.id,
      label: s.label,
      color: keyOf(s),
      symbols: ['line', keyOf(s) === 'cn' ? 'square' : 'circle'],
    })),
    {
      key: 'record',
      label: t.legendRecord,
      color: 'accent',
      symbols: ['hollow-diamond'],
    },
  ];

  const text = {
    title: t.title(h.year, h.label),
    subtitle: t.subtitle(data.unit),
    legend,
    source: t.source(publishers, recordSource),
  };

  const frame = layoutFrame(text, size, (w) =>
    Math.min(Math.max(w * (w < 500 ? 0.8 : 0.46), 200), 560 * Math.max(1, w / 1100)),
  );
  const { type } = frame;
  const fontSize = type.body;

  const allValues = [...series.flatMap((s) => s.points.map((p) => p.value)), h.value];
  const yMax = max(allValues) ?? 1;
  const [yearMin = h.year, yearMax = h.year] = extent([
    ...series.flatMap((s) => s.points.map((p) => p.year)),
    h.year,
  ]);

  const y0 = scaleLinear().domain([0, yMax]).nice();
  const yTickValues = y0.ticks(Math.max(3, Math.round(frame.plot.height / (fontSize * 4.2))));
  const yLabels = yTickValues.map((v) => formatNumber(v, 2, lang));
  const wideEnough = frame.plot.width >= 560;
  const endLabelWidth = wideEnough
    ? Math.max(...series.map((s) => measureText(s.label, fontSize, 600)))
    : 0;
  const margin = {
    top: Math.round(fontSize * 0.8),
    right: Math.round(wideEnough ? endLabelWidth + 14 * type.k : 10 * type.k),
    bottom: Math.round(fontSize * 2),
    left: Math.round(Math.max(...yLabels.map((l) => measureText(l, fontSize))) + 10 * type.k),
  };
  const width = frame.plot.width;
  const height = frame.plot.height;

  const x = scaleLinear()
    .domain([yearMin - 0.3, yearMax + 0.3])
    .range([margin.left, width - margin.right]);
  const y = y0.copy().range([height - margin.bottom, margin.top]);

  const approxTickCount = Math.max(
    2,
    Math.floor((width - margin.left - margin.right) / (fontSize * 4)),
  );
  const step = Math.max(1, Math.ceil((yearMax - yearMin + 1) / approxTickCount));
  const xTicks: TradePlot['xTicks'] = [];
  for (let year = yearMax; year >= yearMin; year -= step) {
    xTicks.unshift({ value: year, x: round(x(year)), label: String(year) });
  }

  const path = line<TradePoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value))
    .digits(2);

  const plotted: PlottedSeries[] = series.map((s) => {
    // A year with no sourced figure stays blank: a line across it would invent a trend.
    const runs = consecutiveRuns(s.points);
    const points = runs.flat().map((p): PlottedPoint => ({
      id: `${s.id}-${p.year}`,
      year: p.year,
      value: p.value,
      approximate: p.approximate ?? false,
      selected: selection.year === p.year,
      x: round(x(p.year)),
      y: round(y(p.value)),
    }));
    return {
      id: s.id,
      key: keyOf(s),
      label: s.label,
      shape: keyOf(s) === 'cn' ? 'square' : 'circle',
      runs: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
      points,
    };
  });

  if (wideEnough) {
    const labels = plotted
      .map((s) => ({ s, last: s.points.at(-1) }))
      .filter((l): l is { s: PlottedSeries; last: PlottedPoint } => l.last !== undefined)
      .map((l) => ({ s: l.s, x: l.last.x + 10 * type.k, y: l.last.y }))
      .sort((a, b) => a.y - b.y);
    // Keep end labels a line apart, pushing later ones down.
    const minGap = fontSize * 1.3;
    labels.forEach((l, i) => {
      const prev = labels[i - 1];
      if (prev && l.y - prev.y < minGap) l.y = prev.y + minGap;
      l.s.endLabel = { x: round(l.x), y: round(l.y), text: l.s.label };
    });
  }

  const [first, second] = plotted;
  let gap: TradePlot['gap'];
  const common = first?.points
    .map((p) => p.year)
    .filter((yr) => second?.points.some((q) => q.year === yr))
    .at(-1);
  const a = first?.points.find((p) => p.year === common);
  const b = second?.points.find((p) => p.year === common);
  if (a && b) {
    const text = t.gapLabel(formatUsdBnShort(round(Math.abs(a.value - b.value)), false, lang));
    const lx = a.x + 8 * type.k;
    const fits = lx + measureText(text, fontSize * 0.92, 600) <= width;
    gap = {
      x: a.x,
      y1: a.y,
      y2: b.y,
      ...(fits ? { label: { x: round(lx), y: round((a.y + b.y) / 2), text } } : {}),
    };
  }
  let growth: TradePlot['growth'];
  const firstPoints = first?.points ?? [];
  const start = firstPoints[0];
  const end = firstPoints.at(-1);
  if (first?.endLabel && start && end && start !== end && start.value > 0) {
    const pct = changePct(start.value, end.value) ?? 0;
    growth = {
      x: first.endLabel.x,
      y: round(first.endLabel.y + fontSize * 1.25),
      text:
        pct === 0
          ? t.growth.unchanged(start.year)
          : pct > 0
            ? t.growth.rise(formatPercent(pct, 0, lang), start.year)
            : t.growth.fall(formatPercent(-pct, 0, lang), start.year),
    };
  }
  const yearRule =
    selection.year !== undefined && selection.year >= yearMin && selection.year <= yearMax
      ? { x: round(x(selection.year)), label: String(selection.year) }
      : undefined;

  const hx = round(x(h.year));
  const hy = round(y(h.value));
  const hs = round(6 * type.k);
  const headline = {
    x: hx,
    y: hy,
    path: `M${hx},${round(hy - hs)}L${round(hx + hs)},${hy}L${hx},${round(hy + hs)}L${round(hx - hs)},${hy}Z`,
    label: t.headlineLabel(formatUsdBnShort(h.value, h.approximate, lang)),
    labelX: round(hx - 10 * type.k),
    labelY: round(hy - 10 * type.k),
  };

  const markRadius = round((width < 440 ? 3.5 : 4) * type.k);
  const plot: TradePlot = {
    width,
    height,
    margin,
    xTicks,
    yTicks: yTickValues.map((v, i) => ({ value: v, y: round(y(v)), label: yLabels[i] ?? '' })),
    unit: data.unit,
    series: plotted,
    headline,
    ...(gap ? { gap } : {}),
    ...(growth ? { growth } : {}),
    ...(yearRule ? { yearRule } : {}),
    markRadius,
    strokeWidth: round(2.25 * type.k),
    fontSize,
  };

  const hit = Math.max(markRadius * 2.5, 12);
  const marks: InteractiveMark[] = [];
  for (const s of series) {
    const ps = plotted.find((p) => p.id === s.id);
    for (const p of [...s.points].sort((a, b) => a.year - b.year)) {
      const pp = ps?.points.find((q) => q.year === p.year);
      if (!pp) continue;
      const value = formatUsdBn(p.value, p.approximate, lang);
      const src = describeSource(sources.byId.get(p.source));
      marks.push({
        id: pp.id,
        x: round(frame.plot.x + pp.x),
        y: round(frame.plot.y + pp.y),
        r: hit,
        label: t.markLabel(s.label, p.year, value, src),
        select: { key: 'year', value: p.year },
        selected: selection.year === p.year,
        tooltip: {
          heading: t.tooltipHeading(s.label, p.year),
          value,
          ...(p.approximate ? { note: t.roundedNote } : {}),
          sourceId: p.source,
        },
      });
    }
  }
  marks.push({
    id: 'record',
    x: round(frame.plot.x + hx),
    y: round(frame.plot.y + hy),
    r: hit,
    select: { key: 'year', value: h.year },
    selected: selection.year === h.year,
    label: t.recordMarkLabel(
      h.year,
      formatUsdBn(h.value, h.approximate, lang),
      describeSource(sources.byId.get(h.source)),
    ),
    tooltip: {
      heading: t.recordHeading(h.year),
      value: formatUsdBn(h.value, h.approximate, lang),
      quote: h.quote,
      sourceId: h.source,
    },
  });

  const columns: TableColumn[] = [
    { key: 'year', label: t.columns.year, numeric: true },
    { key: 'series', label: t.columns.series },
    { key: 'value', label: t.columns.value(data.unit), numeric: true },
    { key: 'source', label: t.columns.source },
  ];
  const rows = [
    ...series.flatMap((s) =>
      s.points.map((p) => ({
        id: `${s.id}-${p.year}`,
        year: p.year,
        order: keyOf(s) === 'cn' ? 0 : 1,
        cells: {
          year: String(p.year),
          series: s.label,
          value: `${p.approximate ? '≈' : ''}${formatNumber(p.value, 2, lang)}`,
          source: describeSource(sources.byId.get(p.source)),
        },
        sourceId: p.source,
      })),
    ),
    {
      id: 'record',
      year: h.year,
      order: 2,
      cells: {
        year: String(h.year),
        series: t.recordRow,
        value: `${h.approximate ? '≈' : ''}${formatNumber(h.value, 2, lang)}`,
        source: describeSource(sources.byId.get(h.source)),
      },
      sourceId: h.source,
    },
  ]
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map(({ id, cells, sourceId }) => ({ id, cells, sourceId }));

  const quotes: Quote[] = [{ quote: h.quote, sourceId: h.source, supports: t.supports(h.year) }];
  const citations = [
    h.source,
    ...series.flatMap((s) => s.points.flatMap((p) => [p.source, ...(p.corroboration ?? [])])),
    ...(h.corroboration ?? []),
    data.context.source,
  ];

  return {
    chartId: 'trade',
    text,
    frame,
    summary: summariseTrade(data, articleDate, t, lang),
    plot,
    marks,
    table: {
      caption: t.caption(data.unit),
      columns,
      rows,
    },
    citations: [...new Set(citations)],
    quotes,
  };
}

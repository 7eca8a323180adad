import type PptxGenJS from 'pptxgenjs';
import type { ComposedFigure } from '../charts/compose';
import type { TradePlot } from '../charts/trade/tradeTypes';
import { palettes } from '../figure/palette';
import { EMU_PER_INCH } from './ooxmlShapes';

/**
 * What the native chart draws in place of the figure's own shapes: axes, lines and markers,
 * and the record's diamond and label. The title, legend, end labels, gap and growth notes and
 * source line stay the figure's text.
 */
export function isNativeTradePart(name: string, kind: string, plot: TradePlot): boolean {
  if (name === 'x-axis' || name === 'y-axis' || name === 'record') return true;
  if (kind === 'text') return false;
  return plot.series.some((s) => name === s.id || s.points.some((p) => p.id === name));
}

const hex = (c: string) => c.slice(1).toUpperCase();

/** A value on the figure's y scale, read back from two of its ticks. */
function valueAt(plot: TradePlot, y: number): number {
  const [a, b] = [plot.yTicks[0], plot.yTicks[plot.yTicks.length - 1]];
  if (!a || !b || a.y === b.y) return 0;
  return a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y);
}

/** Where the figure puts a year, from two of its ticks. */
function xOfYear(plot: TradePlot, year: number): number {
  const [a, b] = [plot.xTicks[0], plot.xTicks[1]];
  if (!a || !b || a.value === b.value) return plot.margin.left;
  return a.x + ((year - a.value) * (b.x - a.x)) / (b.value - a.value);
}

export interface NativeTrade {
  /** Gives each series the page's marker and the approximate points their hollow style. */
  fixChartXml: (xml: string) => string;
}

/**
 * Trade as a native, editable PowerPoint chart (a scatter of years, so the years fall where
 * the figure puts them), placed over the figure's plot with the figure's scales: China customs
 * with squares, Kazakhstan's statistics with circles, hollow where approximate, gaps left
 * blank, and the record as a labelled point.
 */
export function nativeTradeChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  figure: ComposedFigure,
  k: number,
  fonts: { fontFace: string; lang: string; latin: string; eastAsian: string },
): NativeTrade {
  const plot = figure.model.plot as TradePlot;
  const frame = figure.model.frame.plot;
  const p = palettes.light;
  const inner = {
    left: plot.margin.left,
    top: plot.margin.top,
    right: plot.width - plot.margin.right,
    bottom: plot.height - plot.margin.bottom,
  };
  // Every year with a figure, and every year the figure labels: on a narrow slide the ticks
  // may skip the first year, never its points.
  const years = [
    ...plot.xTicks.map((t) => t.value),
    ...plot.series.flatMap((s) => s.points.map((p) => p.year)),
  ];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears: number[] = [];
  for (let y = first; y <= last; y++) allYears.push(y);
  // The value axis runs between the figure's own ends; the year axis from the first year to
  // the last, so its ticks fall on whole years, over a plot area that puts each year where the
  // figure does.
  const round = (v: number) => Math.round(v * 100) / 100;
  inner.left = xOfYear(plot, first);
  inner.right = xOfYear(plot, last);
  // The top of the value axis is the figure's top tick, give or take rounding.
  const topTick = plot.yTicks[plot.yTicks.length - 1]?.value ?? 0;
  const top =
    Math.abs(valueAt(plot, inner.top) - topTick) < 1e-3 * Math.max(1, topTick)
      ? topTick
      : round(valueAt(plot, inner.top));
  // The record as the data give it: a number in the chart's sheet is never read off a pixel.
  const record = plot.headline;
  const data = [
    { name: 'X', values: allYears },
    ...plot.series.map((s) => ({
      name: s.label,
      values: allYears.map((y) => s.points.find((pt) => pt.year === y)?.value ?? null),
      labels: [allYears.map(() => '')],
    })),
    {
      name: plot.headline.label,
      values: allYears.map((y) => (y === record.year ? record.value : null)),
      labels: [allYears.map((y) => (y === record.year ? plot.headline.label : ''))],
    },
  ];
  const inch = (px: number) => (px * k) / EMU_PER_INCH;
  const ptPx = (px: number) => Math.round(((px * k) / EMU_PER_INCH) * 72 * 10) / 10;
  slide.addChart(pptx.ChartType.scatter, data, {
    x: inch(frame.x),
    y: inch(frame.y),
    w: inch(frame.width),
    h: inch(frame.height),
    layout: {
      x: inner.left / plot.width,
      y: inner.top / plot.height,
      w: (inner.right - inner.left) / plot.width,
      h: (inner.bottom - inner.top) / plot.height,
    },
    chartColors: [hex(p.cn), hex(p.kz), hex(p.accent)],
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 7,
    displayBlanksAs: 'gap',
    showLegend: false,
    showLabel: true,
    dataLabelFormatScatter: 'custom',
    dataLabelPosition: 'l',
    dataLabelColor: hex(p.accent),
    dataLabelFontBold: true,
    dataLabelFontSize: ptPx(plot.fontSize),
    dataLabelFontFace: fonts.fontFace,
    valAxisMinVal: round(valueAt(plot, inner.bottom)),
    valAxisMaxVal: top,
    valAxisLabelFormatCode: '0',
    valAxisMajorUnit: (plot.yTicks[1]?.value ?? 5) - (plot.yTicks[0]?.value ?? 0),
    valAxisLabelFontSize: ptPx(plot.fontSize),
    valAxisLabelColor: hex(p.muted),
    valAxisLabelFontFace: fonts.fontFace,
    valAxisLineShow: false,
    valGridLine: { color: hex(p.grid), size: 0.75 },
    catAxisMinVal: first,
    catAxisMaxVal: last,
    catAxisMajorUnit: 1,
    catAxisLabelFontSize: ptPx(plot.fontSize),
    catAxisLabelColor: hex(p.muted),
    catAxisLabelFontFace: fonts.fontFace,
    catAxisLineShow: true,
    catAxisLineColor: hex(p.axis),
    catGridLine: { style: 'none' },
    catAxisLabelFormatCode: '0',
    lang: fonts.lang,
    altText: figure.model.summary,
  } as PptxGenJS.IChartOpts);

  return { fixChartXml: (xml) => styleSeries(xml, plot, allYears, ptPx(plot.fontSize), fonts) };
}

function marker(symbol: string, fill: string | null, line: string, size: number): string {
  return `<c:marker><c:symbol val="${symbol}"/><c:size val="${String(size)}"/><c:spPr>${fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '<a:noFill/>'}<a:ln w="19050"><a:solidFill><a:srgbClr val="${line}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
}

/** Gives each series the page's marker, approximate points their hollow style, the record its label. */
function styleSeries(
  xml: string,
  plot: TradePlot,
  allYears: readonly number[],
  labelPt: number,
  fonts: { latin: string; eastAsian: string },
): string {
  const p = palettes.light;
  const white = hex(p.background);
  let index = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const s = plot.series[index++];
    if (s) {
      const c = hex(p[s.key]);
      const hollow = allYears
        .map((y, at) => ({ at, point: s.points.find((pt) => pt.year === y) }))
        .filter((d) => d.point?.approximate)
        .map(
          (d) =>
            `<c:dPt><c:idx val="${String(d.at)}"/>${marker(s.shape, white, c, 7)}<c:bubble3D val="0"/></c:dPt>`,
        )
        .join('');
      return ser.replace(/<c:marker>[\s\S]*?<\/c:marker>/, marker(s.shape, c, white, 7) + hollow);
    }
    // The record: a hollow diamond, no line, labelled to its left in the accent colour.
    return (
      ser
        .replace(
          /<a:rPr lang="([^"]*)"( baseline="0")? dirty="0"\/>/g,
          `<a:rPr lang="$1" sz="${String(Math.round(labelPt * 100))}" b="1" dirty="0"><a:solidFill><a:srgbClr val="${hex(p.accent)}"/></a:solidFill><a:latin typeface="${fonts.latin}"/><a:ea typeface="${fonts.eastAsian}"/></a:rPr>`,
        )
        // On one line, as on the page: LibreOffice otherwise wraps a label over the line below it.
        .replace(/<a:bodyPr>(\s*<a:spAutoFit\/>)/g, '<a:bodyPr wrap="none">$1')
        .replace(/<c:marker>[\s\S]*?<\/c:marker>/, marker('diamond', null, hex(p.accent), 13))
        .replace(/(<c:spPr>[\s\S]*?)<a:ln[\s\S]*?<\/a:ln>/, '$1<a:ln><a:noFill/></a:ln>')
    );
  });
}

import { layoutFrame } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { ChartInput } from '../contract';
import type { TradeText } from './text';
import { gapConnector, growthNote, recordMarker } from './tradeAnnotations';
import { tradeCitations, tradeQuotes } from './tradeCitations';
import { round, sortedSeries } from './tradeData';
import { articleDateOf, frameText, plotAspect } from './tradeFrame';
import { tradeMarks } from './tradeMarks';
import { layoutScales, yearRuleAt, type TradeScales } from './tradeScales';
import { plotSeries, withEndLabels } from './tradeSeries';
import { summariseTrade } from './tradeSummary';
import { tradeTable } from './tradeTable';
import type { TradeFigure, TradePlot } from './tradeTypes';

export { consecutiveRuns } from './tradeData';
export { summariseTrade } from './tradeSummary';
export type { PlottedPoint, PlottedSeries, SeriesKey, TradeFigure, TradePlot } from './tradeTypes';

/** Everything drawn inside the plot area, positioned on the scales. */
function assemblePlot(
  data: Trade,
  series: readonly TradeSeries[],
  scales: TradeScales,
  selection: Selection,
  t: TradeText,
  lang: Language,
): TradePlot {
  const { width, height, margin, fontSize, k } = scales;
  const plotted = withEndLabels(plotSeries(series, scales, selection.year), scales);
  const [first, second] = plotted;
  const growth = growthNote(first, fontSize, t, lang);
  const gap = gapConnector(first, second, scales, t, lang, growth);
  const yearRule = yearRuleAt(selection, scales);
  return {
    width,
    height,
    margin,
    xTicks: scales.xTicks,
    yTicks: scales.yTicks,
    unit: data.unit,
    series: plotted,
    headline: recordMarker(data.headline, scales, t, lang),
    ...(gap ? { gap } : {}),
    ...(growth ? { growth } : {}),
    ...(yearRule ? { yearRule } : {}),
    markRadius: round((width < 440 ? 3.5 : 4) * k),
    strokeWidth: round(2.25 * k),
    fontSize,
  };
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
  const articleDate = articleDateOf(data.headline, sources);
  const text = frameText(data, series, articleDate, sources, t);
  const frame = layoutFrame(text, size, plotAspect);
  const scales = layoutScales(series, data.headline, frame.plot, frame.type, lang);
  const plot = assemblePlot(data, series, scales, selection, t, lang);
  return {
    text,
    frame,
    summary: summariseTrade(data, articleDate, t, lang),
    plot,
    marks: tradeMarks(series, data.headline, plot, frame.plot, { t, lang, sources, selection }),
    table: tradeTable(data, series, sources, t, lang),
    citations: tradeCitations(data, series),
    quotes: tradeQuotes(data.headline, t),
  };
}

import type { FrameText, LegendEntry } from '../../figure/frame';
import { describeSource, shortPublisher } from '../../i18n/sourceWords';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { SourceIndex } from '../../schema/sources';
import type { TradeText } from './text';
import { keyOf, shapeOf } from './tradeData';

type Headline = Trade['headline'];

/** The record's publication date, which the title, source line and summary quote. */
export function articleDateOf(h: Headline, sources: SourceIndex): string | null {
  return sources.byId.get(h.source)?.published ?? null;
}

/** The publishers behind the series' points, each named once, in the order they first appear. */
function publishersOf(series: readonly TradeSeries[], sources: SourceIndex): string[] {
  return [
    ...new Set(
      series.flatMap((s) =>
        s.points
          .map((p) => sources.byId.get(p.source))
          .flatMap((src) => (src ? [shortPublisher(src)] : [])),
      ),
    ),
  ];
}

function recordSourceLine(
  h: Headline,
  articleDate: string | null,
  sources: SourceIndex,
  t: TradeText,
): string {
  return h.source === 'article'
    ? t.recordArticle(articleDate)
    : describeSource(sources.byId.get(h.source));
}

function legendEntries(series: readonly TradeSeries[], t: TradeText): LegendEntry[] {
  return [
    ...series.map((s): LegendEntry => ({
      key: s.id,
      label: s.label,
      color: keyOf(s),
      symbols: ['line', shapeOf(s)],
    })),
    {
      key: 'record',
      label: t.legendRecord,
      color: 'accent',
      symbols: ['hollow-diamond'],
    },
  ];
}

/** Title, subtitle, legend and source line. */
export function frameText(
  data: Trade,
  series: readonly TradeSeries[],
  articleDate: string | null,
  sources: SourceIndex,
  t: TradeText,
) {
  const h = data.headline;
  return {
    title: t.title(h.year, h.label),
    subtitle: t.subtitle(data.unit),
    legend: legendEntries(series, t),
    source: t.source(publishersOf(series, sources), recordSourceLine(h, articleDate, sources, t)),
  } satisfies FrameText;
}

/** Plot height for a plot width: tall on phones, flatter on wide screens, capped between. */
export function plotAspect(w: number): number {
  return Math.min(Math.max(w * (w < 500 ? 0.8 : 0.46), 200), 560 * Math.max(1, w / 1100));
}

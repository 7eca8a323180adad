import type { Rect } from '../../figure/frame';
import type { InteractiveMark } from '../../figure/model';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import { formatUsdBn } from '../../i18n/format';
import { describeSource } from '../../i18n/sourceWords';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { SourceIndex } from '../../schema/sources';
import type { TradeText } from './text';
import { byYear, round } from './tradeData';
import type { TradePlot } from './tradeTypes';

/** What the marks' words and state read besides the plot. */
export interface MarkWords {
  t: TradeText;
  lang: Language;
  sources: SourceIndex;
  selection: Selection;
}

interface MarkContext extends MarkWords {
  /** The plot's place in the figure: marks are in figure coordinates. */
  origin: Rect;
  /** Hit radius, bigger than the drawn marker so a finger can find it. */
  hit: number;
}

/** One mark per plotted point of one series, in year order. */
function seriesMarks(
  s: TradeSeries,
  plotted: TradePlot['series'],
  { t, lang, sources, selection, origin, hit }: MarkContext,
): InteractiveMark[] {
  const ps = plotted.find((p) => p.id === s.id);
  return byYear(s.points).flatMap((p): InteractiveMark[] => {
    const pp = ps?.points.find((q) => q.year === p.year);
    if (!pp) return [];
    const value = formatUsdBn(p.value, p.approximate, lang);
    const src = describeSource(sources.byId.get(p.source));
    return [
      {
        id: pp.id,
        x: round(origin.x + pp.x),
        y: round(origin.y + pp.y),
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
      },
    ];
  });
}

function recordMark(
  h: Trade['headline'],
  marker: TradePlot['headline'],
  { t, lang, sources, selection, origin, hit }: MarkContext,
): InteractiveMark {
  return {
    id: 'record',
    x: round(origin.x + marker.x),
    y: round(origin.y + marker.y),
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
  };
}

/** The points, series by series, then the record. */
export function tradeMarks(
  series: readonly TradeSeries[],
  h: Trade['headline'],
  plot: TradePlot,
  origin: Rect,
  words: MarkWords,
): InteractiveMark[] {
  const context: MarkContext = { ...words, origin, hit: Math.max(plot.markRadius * 2.5, 12) };
  return [
    ...series.flatMap((s) => seriesMarks(s, plot.series, context)),
    recordMark(h, plot.headline, context),
  ];
}

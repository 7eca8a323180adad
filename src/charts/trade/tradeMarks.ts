import type { Rect } from '../../figure/frame';
import { measureText } from '../../figure/textMetrics';
import type { InteractiveMark } from '../../figure/model';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import { formatUsdBn } from '../../i18n/format';
import { describeSource, sourcePublisher } from '../../i18n/sourceWords';
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
    const src = describeSource(sources.byId.get(p.source), lang);
    const others = (p.otherReports ?? []).map((o) =>
      t.otherReport(
        formatUsdBn(o.value, false, lang),
        sourcePublisher(sources.byId.get(o.source), lang),
      ),
    );
    const notes = [...(p.approximate ? [t.roundedNote] : []), ...others];
    return [
      {
        id: pp.id,
        x: round(origin.x + pp.x),
        y: round(origin.y + pp.y),
        r: hit,
        label: [t.markLabel(s.label, p.year, value, src), ...others].join(' '),
        select: { key: 'year', value: p.year },
        selected: selection.year === p.year,
        tooltip: {
          heading: t.tooltipHeading(s.label, p.year),
          value,
          ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
          sourceId: p.source,
        },
      },
    ];
  });
}

/**
 * The record's target is its label: the diamond sits almost on China's 2024 point, whose own
 * target keeps the point, so a pointer or a finger can reach each.
 */
function recordMark(
  h: Trade['headline'],
  marker: TradePlot['headline'],
  fontSize: number,
  { t, lang, sources, selection, origin, hit }: MarkContext,
): InteractiveMark {
  const w = measureText(marker.label, fontSize, 600);
  return {
    id: 'record',
    x: round(origin.x + marker.labelX - w / 2),
    y: round(origin.y + marker.labelY - fontSize * 0.35),
    r: hit,
    box: { width: round(w + 8), height: round(fontSize * 1.5) },
    select: { key: 'year', value: h.year },
    selected: selection.year === h.year,
    label: t.recordMarkLabel(
      h.year,
      formatUsdBn(h.value, h.approximate, lang),
      describeSource(sources.byId.get(h.source), lang),
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
    recordMark(h, plot.headline, plot.fontSize, context),
  ];
}

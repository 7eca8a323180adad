import type { Quote } from '../../figure/model';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { TradeText } from './text';

/** Source ids, the record's first, then the points', then context; each once. */
export function tradeCitations(data: Trade, series: readonly TradeSeries[]): string[] {
  const h = data.headline;
  const citations = [
    h.source,
    ...series.flatMap((s) =>
      s.points.flatMap((p) => [
        p.source,
        ...(p.corroboration ?? []),
        ...(p.otherReports ?? []).map((o) => o.source),
      ]),
    ),
    ...(h.corroboration ?? []),
    data.context.source,
  ];
  return [...new Set(citations)];
}

export function tradeQuotes(h: Trade['headline'], t: TradeText): Quote[] {
  return [{ quote: h.quote, sourceId: h.source, supports: t.supports(h.year) }];
}

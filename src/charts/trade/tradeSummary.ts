import type { Language } from '../../i18n/languages';
import { formatPercent, formatUsdBn } from '../../i18n/format';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { TradeText } from './text';
import { byYear, changePct, latestCommonYear, round, sortedSeries } from './tradeData';

type Money = (value: number, approximate?: boolean) => string;

function changePhrase(from: number, to: number, t: TradeText, lang: Language): string {
  const pct = changePct(from, to);
  if (pct === null) return t.change.up;
  if (pct === 0) return t.change.unchanged;
  return pct > 0
    ? t.change.rise(formatPercent(pct, 0, lang))
    : t.change.fall(formatPercent(-pct, 0, lang));
}

/** One series' latest figure, and its change since its earliest one when it has two. */
function seriesSentence(
  s: TradeSeries,
  money: Money,
  t: TradeText,
  lang: Language,
): string | undefined {
  const pts = byYear(s.points);
  const first = pts[0];
  const last = pts.at(-1);
  if (!first || !last) return undefined;
  if (first === last)
    return t.summary.only(s.label, money(last.value, last.approximate), last.year);
  return t.summary.span(
    s.label,
    money(last.value, last.approximate),
    last.year,
    changePhrase(first.value, last.value, t, lang),
    money(first.value, first.approximate),
    first.year,
  );
}

/** Which reporter's figure is higher in the two series' latest common year, and by how much. */
function gapSentence(
  a: TradeSeries | undefined,
  b: TradeSeries | undefined,
  money: Money,
  t: TradeText,
): string | undefined {
  if (!a || !b) return undefined;
  const common = latestCommonYear(a.points, b.points);
  if (common === undefined) return undefined;
  const va = a.points.find((p) => p.year === common)?.value ?? 0;
  const vb = b.points.find((p) => p.year === common)?.value ?? 0;
  const [hi, lo] = va >= vb ? [a, b] : [b, a];
  const diff = Math.abs(va - vb);
  return t.summary.gap(
    common,
    t.reporter[hi.reporter],
    t.reporter[lo.reporter],
    money(round(diff)),
  );
}

/** The one-paragraph text alternative, generated from the data. */
export function summariseTrade(
  data: Trade,
  articleDate: string | null,
  t: TradeText,
  lang: Language = 'en',
): string {
  const money: Money = (v, approximate) => formatUsdBn(v, approximate, lang);
  const series = sortedSeries(data);
  const h = data.headline;
  const sentences = [
    ...series.map((s) => seriesSentence(s, money, t, lang)),
    gapSentence(series[0], series[1], money, t),
  ].filter((s): s is string => s !== undefined);
  return [...sentences, t.summary.article(articleDate, h.year, h.label), t.summary.gaps].join(
    t.summary.join,
  );
}

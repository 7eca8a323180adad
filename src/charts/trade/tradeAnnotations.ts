import { measureText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatPercent, formatUsdBnShort } from '../../i18n/format';
import type { Trade } from '../../schema/trade';
import type { TradeText } from './text';
import { changePct, latestCommonYear, round } from './tradeData';
import type { TradeScales } from './tradeScales';
import type { GapConnector, GrowthNote, PlottedSeries, RecordMarker } from './tradeTypes';

/** Where a note stands, to keep another clear of it: its left end, its middle line, its text. */
interface NoteBox {
  x: number;
  y: number;
  text: string;
}

/**
 * Where the gap's label goes: between the two series, or under the growth note where that note
 * would cover it; nowhere (the connector alone) when neither leaves room above the lower series.
 */
function gapLabelY(
  label: { x: number; y: number; width: number },
  lower: number,
  size: number,
  growth: NoteBox | undefined,
): number | null {
  if (!growth) return label.y;
  const growthEnd = growth.x + measureText(growth.text, size);
  const besides = label.x + label.width < growth.x || label.x > growthEnd;
  if (besides || Math.abs(label.y - growth.y) >= size * 1.25) return label.y;
  const below = growth.y + size * 1.25;
  return below + size * 1.2 <= lower ? below : null;
}

/**
 * A connector between the two series in their latest common year. Its label is dropped when it
 * would run past the plot's right edge, or when the growth note leaves it no room.
 */
export function gapConnector(
  first: PlottedSeries | undefined,
  second: PlottedSeries | undefined,
  { width, fontSize, k }: TradeScales,
  t: TradeText,
  lang: Language,
  growth?: NoteBox,
): GapConnector | undefined {
  if (!first || !second) return undefined;
  const common = latestCommonYear(first.points, second.points);
  const a = first.points.find((p) => p.year === common);
  const b = second.points.find((p) => p.year === common);
  if (!a || !b) return undefined;
  const text = t.gapLabel(formatUsdBnShort(round(Math.abs(a.value - b.value)), false, lang));
  const lx = a.x + 8 * k;
  const size = fontSize * 0.92;
  const labelWidth = measureText(text, size, 600);
  const fits = lx + labelWidth <= width;
  const box = { x: lx, y: (a.y + b.y) / 2, width: labelWidth };
  const ly = fits ? gapLabelY(box, Math.max(a.y, b.y), size, growth) : null;
  return {
    x: a.x,
    y1: a.y,
    y2: b.y,
    ...(ly === null ? {} : { label: { x: round(lx), y: round(ly), text } }),
  };
}

function growthText(pct: number, since: number, t: TradeText, lang: Language): string {
  if (pct === 0) return t.growth.unchanged(since);
  return pct > 0
    ? t.growth.rise(formatPercent(pct, 0, lang), since)
    : t.growth.fall(formatPercent(-pct, 0, lang), since);
}

/** The first series' change since its earliest year, under its end label (so only with one). */
export function growthNote(
  first: PlottedSeries | undefined,
  fontSize: number,
  t: TradeText,
  lang: Language,
): GrowthNote | undefined {
  const points = first?.points ?? [];
  const start = points[0];
  const end = points.at(-1);
  const endLabel = first?.endLabel;
  if (!endLabel || !start || !end || start === end || !(start.value > 0)) return undefined;
  return {
    x: endLabel.x,
    y: round(endLabel.y + fontSize * 1.25),
    text: growthText(changePct(start.value, end.value) ?? 0, start.year, t, lang),
  };
}

/** A hollow diamond at the record, labelled above and to its left. */
export function recordMarker(
  h: Trade['headline'],
  { x, y, k }: TradeScales,
  t: TradeText,
  lang: Language,
): RecordMarker {
  const hx = round(x(h.year));
  const hy = round(y(h.value));
  const hs = round(6 * k);
  return {
    year: h.year,
    value: h.value,
    x: hx,
    y: hy,
    path: `M${hx},${round(hy - hs)}L${round(hx + hs)},${hy}L${hx},${round(hy + hs)}L${round(hx - hs)},${hy}Z`,
    label: t.headlineLabel(formatUsdBnShort(h.value, h.approximate, lang)),
    labelX: round(hx - 10 * k),
    labelY: round(hy - 10 * k),
  };
}

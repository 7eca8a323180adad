import type { InteractiveMark } from '../../figure/model';
import type { Selection } from '../../figure/selection';
import { formatUsdBn } from '../../i18n/format';
import type { Place } from '../../schema/places';
import type { YearTrade } from './mapTrade';
import { round, type MapPlot, type MapPoint, type TradeLine } from './mapTypes';
import { featureText, sourceById, type MapWords } from './mapWords';

/** Where the plot sits in the figure: marks are in figure coordinates. */
interface Origin {
  x: number;
  y: number;
}

/** A place's target: everything at it in words, the first thing as the tooltip's value. */
function placeMark(
  pt: MapPoint,
  place: Place | undefined,
  origin: Origin,
  symbolSize: number,
  words: MapWords,
): InteractiveMark {
  const { t } = words;
  const features = place ? place.features.map((f) => featureText(words, f)) : [];
  const sourceId = place?.features.find((f) => f.source)?.source ?? place?.coordSource ?? '';
  const note = features.slice(1).join(t.featureSeparator);
  return {
    id: `place-${pt.id}`,
    x: round(origin.x + pt.x),
    y: round(origin.y + pt.y),
    r: Math.max(symbolSize * 2, 12),
    label: t.placeMark(pt.name, features.join(t.featureSeparator), sourceById(words, sourceId)),
    tooltip: {
      heading: pt.name,
      value: features[0] ?? '',
      ...(note ? { note } : {}),
      sourceId,
    },
    select: { key: 'place', value: pt.id },
    selected: pt.selected,
  };
}

interface TradeMarkInput {
  line: TradeLine;
  trade: YearTrade;
  fontSize: number;
  origin: Origin;
  selection: Selection;
  words: MapWords;
}

/** The trade line's target sits on its label, the part a reader points at. */
function tradeMark({
  line,
  trade,
  fontSize,
  origin,
  selection,
  words,
}: TradeMarkInput): InteractiveMark {
  const { t, lang } = words;
  const { year, value, source } = trade.point;
  return {
    id: 'trade-line',
    x: round(origin.x + line.label.x),
    y: round(origin.y + line.label.y - fontSize * 0.3),
    r: 14,
    label: t.tradeMark(
      year,
      formatUsdBn(value, false, lang),
      trade.series.label,
      sourceById(words, source),
    ),
    tooltip: {
      heading: t.tradeHeading(year),
      value: formatUsdBn(value, false, lang),
      note: t.tradeNote(trade.series.label),
      sourceId: source,
    },
    select: { key: 'year', value: year },
    selected: selection.year === year,
  };
}

export interface MarksInput {
  plot: MapPlot;
  places: readonly Place[];
  trade: YearTrade | undefined;
  origin: Origin;
  selection: Selection;
  words: MapWords;
}

/** The places in drawing order, then the trade line when it is drawn. */
export function mapMarks({
  plot,
  places,
  trade,
  origin,
  selection,
  words,
}: MarksInput): InteractiveMark[] {
  const placeMarks = plot.points.map((pt) =>
    placeMark(
      pt,
      places.find((p) => p.id === pt.id),
      origin,
      plot.symbolSize,
      words,
    ),
  );
  return plot.trade && trade
    ? [
        ...placeMarks,
        tradeMark({ line: plot.trade, trade, fontSize: plot.fontSize, origin, selection, words }),
      ]
    : placeMarks;
}

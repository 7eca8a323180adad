import { geoInterpolate } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { measureText } from '../../figure/textMetrics';
import { formatUsdBnShort } from '../../i18n/format';
import type { Place } from '../../schema/places';
import type { Trade } from '../../schema/trade';
import { round, type Box, type CountryLabel, type PlotLayout, type TradeLine } from './mapTypes';
import type { MapWords } from './mapWords';

/** The China customs figure for the picked year, or the latest: the line's weight follows it. */
export function tradeForYear(trade: Trade, year: number | undefined) {
  const series = trade.series.find((s) => s.reporter === 'China') ?? trade.series[0];
  const points = [...(series?.points ?? [])].sort((a, b) => a.year - b.year);
  const point = points.find((p) => p.year === year) ?? points.at(-1);
  const max = Math.max(...trade.series.flatMap((s) => s.points.map((p) => p.value)));
  return series && point ? { series, point, max } : undefined;
}

export type YearTrade = NonNullable<ReturnType<typeof tradeForYear>>;

type LonLat = [number, number];
type TradeEnds = readonly [LonLat, LonLat];

/** The line joins the two capitals; without either there is no line. */
export function tradeEnds(places: readonly Place[]): TradeEnds | undefined {
  const astana = places.find((p) => p.id === 'astana');
  const beijing = places.find((p) => p.id === 'beijing');
  return astana && beijing
    ? [
        [astana.lon, astana.lat],
        [beijing.lon, beijing.lat],
      ]
    : undefined;
}

function tradeWeight(trade: YearTrade, k: number): number {
  return scaleSqrt()
    .domain([0, trade.max])
    .range([0, 10 * k])(trade.point.value);
}

interface TradeObstacles {
  countryBoxes: readonly Box[];
  markerBoxes: readonly Box[];
}

/** The country names, and a square round each place's marker: the label should cover neither. */
function tradeObstacles(
  countryLabels: readonly CountryLabel[],
  visible: readonly Place[],
  { fontSize, k, projection }: PlotLayout,
): TradeObstacles {
  const countryBoxes = countryLabels.map((c) => {
    const cw = (measureText(c.text, fontSize * 1.1, 600) * 1.15) / 2;
    return [c.x - cw, c.y - fontSize * 1.1, c.x + cw, c.y + 3] as const;
  });
  const marker = 8 * k;
  const markerBoxes = visible.map((p) => {
    const [px, py] = projection([p.lon, p.lat]) ?? [0, 0];
    return [px - marker, py - marker, px + marker, py + marker] as const;
  });
  return { countryBoxes, markerBoxes };
}

/** Fractions of the way along the line, from its middle outwards. */
const ALONG = [0.5, 0.58, 0.42, 0.66, 0.34, 0.74, 0.26];

interface TradeCourse {
  ends: TradeEnds;
  weight: number;
  layout: PlotLayout;
}

type TradeLabel = TradeLine['label'];

/** The first spot along the line, above it then below, where the label clears every box. */
function tradeLabelSpot(
  label: string,
  avoid: readonly Box[],
  { ends: [a, b], weight: w, layout: { fontSize, width, projection } }: TradeCourse,
): TradeLabel | undefined {
  const half = measureText(label, fontSize, 600) / 2;
  const spots = ALONG.flatMap((at) => {
    const [mx, my] = projection(geoInterpolate(a, b)(at)) ?? [0, 0];
    const x = Math.min(Math.max(mx, half + 2), width - half - 2);
    return [my - w / 2 - fontSize * 0.6, my + w / 2 + fontSize * 1.2].map((y) => ({ x, y }));
  });
  const spot = spots.find(({ x, y }) =>
    avoid.every(
      ([l, top, r, bottom]) => x + half < l || x - half > r || y + 3 < top || y - fontSize > bottom,
    ),
  );
  return spot && { ...spot, text: label };
}

/**
 * Clear of the country names and the places if it can be; on a phone, where the full label meets
 * them, a shorter one; failing that, clear of the names only; failing that, the middle of the line.
 */
function placeTradeLabel(
  full: string,
  short: string,
  { countryBoxes, markerBoxes }: TradeObstacles,
  course: TradeCourse,
): TradeLabel {
  const everything = [...countryBoxes, ...markerBoxes];
  const at = (label: string, avoid: readonly Box[]) => tradeLabelSpot(label, avoid, course);
  return (
    at(full, everything) ??
    at(short, everything) ??
    at(short, countryBoxes) ?? { ...(at(full, []) ?? { x: 0, y: 0 }), text: short }
  );
}

export interface TradeLineInput {
  trade: YearTrade;
  ends: TradeEnds;
  countryLabels: readonly CountryLabel[];
  visible: readonly Place[];
  layout: PlotLayout;
  words: MapWords;
}

/** The great-circle line between the capitals, its weight, and its labelled value. */
export function tradeLine({
  trade,
  ends,
  countryLabels,
  visible,
  layout,
  words: { t, lang },
}: TradeLineInput): TradeLine {
  const weight = tradeWeight(trade, layout.k);
  const value = formatUsdBnShort(trade.point.value, false, lang);
  const clear = placeTradeLabel(
    t.tradeLabel(trade.point.year, value),
    t.tradeLabelShort(trade.point.year, value),
    tradeObstacles(countryLabels, visible, layout),
    { ends, weight, layout },
  );
  const [a, b] = ends;
  return {
    d: layout.outline({ type: 'LineString', coordinates: [a, b] }),
    width: round(Math.max(weight, 1)),
    label: { x: round(clear.x), y: round(clear.y), text: clear.text },
  };
}

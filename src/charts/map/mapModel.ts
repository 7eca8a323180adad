import { layoutFrame, figureType, type FigureSize, type FrameText } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { ChartInput } from '../contract';
import { frameText } from './mapFrameText';
import { countryLabels, labelPoints, occupiedBoxes } from './mapLabels';
import { visiblePlaces } from './mapLayers';
import { mapMarks } from './mapMarks';
import { projectPoints, separateTwins } from './mapPoints';
import {
  countriesOf,
  countryPaths,
  focusCountries,
  naturalHeight,
  plotLayout,
  type FocusCountries,
} from './mapProjection';
import { summariseMap } from './mapSummary';
import { mapCitations, mapQuotes, placeTable } from './mapTable';
import { tradeEnds, tradeForYear, tradeLine, type YearTrade } from './mapTrade';
import { round, type MapData, type MapFigure, type MapPlot, type PlotLayout } from './mapTypes';
import type { MapWords } from './mapWords';
import type { MapText } from './text';

export { MAP_LAYERS, type MapLayer } from './mapLayers';
export { summariseMap } from './mapSummary';
export { tradeForYear } from './mapTrade';
export type { MapData, MapFigure, MapPlot, MapPoint } from './mapTypes';

/** The frame round the plot, and the projection fitted to the room the frame leaves it. */
function layoutMap(text: FrameText, size: FigureSize, focus: FocusCountries) {
  const { k, body } = figureType(size);
  const type = { k, fontSize: body * 0.92, margin: 8 * k };
  const frame = layoutFrame(text, size, naturalHeight(focus.both, type.margin));
  const { width, height } = frame.plot;
  const simplify = size.simplify === undefined ? {} : { simplify: size.simplify };
  return { frame, layout: plotLayout(focus.both, { width, height, ...type, ...simplify }) };
}

interface PlotInput {
  data: MapData;
  hidden: ReadonlySet<string>;
  trade: YearTrade | undefined;
  selection: Selection;
  focus: FocusCountries;
  layout: PlotLayout;
  words: MapWords;
}

/**
 * Everything drawn inside the plot. Labels claim room in order: the country names, then the
 * trade label (which keeps off the names and the places), then the place names (which keep off
 * everything before them and each other).
 */
function buildPlot({ data, hidden, trade, selection, focus, layout, words }: PlotInput): MapPlot {
  const { width, height, k, fontSize } = layout;
  const places = data.places.places;
  const names = countryLabels(focus, words.t, layout);
  const visible = visiblePlaces(places, hidden);
  const ends = tradeEnds(places);
  const line =
    trade && ends
      ? tradeLine({ trade, ends, countryLabels: names, visible, layout, words })
      : undefined;
  const symbolSize = round(6 * k);
  const points = separateTwins(
    projectPoints(visible, hidden, selection, layout.projection),
    symbolSize,
  );
  const occupied = occupiedBoxes(line, names, points, symbolSize, fontSize);
  return {
    width,
    height,
    k,
    fontSize,
    countries: countryPaths(data.geometry, layout),
    countryLabels: names,
    ...(line ? { trade: line } : {}),
    points: labelPoints(points, occupied, symbolSize, layout),
    symbolSize,
  };
}

/**
 * The buttons zoom on the selected place, or else on the middle of the places, which spread
 * over both countries: the plot's own middle lies deep in China.
 */
function zoomFocus(plot: MapPlot): { x: number; y: number } {
  const picked = plot.points.find((p) => p.selected);
  if (picked) return { x: picked.x, y: picked.y };
  const xs = plot.points.map((p) => p.x);
  const ys = plot.points.map((p) => p.y);
  if (xs.length === 0) return { x: plot.width / 2, y: plot.height / 2 };
  return {
    x: round((Math.min(...xs) + Math.max(...xs)) / 2),
    y: round((Math.min(...ys) + Math.max(...ys)) / 2),
  };
}

export function buildMapFigure({
  data,
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<MapData, MapText>): MapFigure {
  const words: MapWords = { t, lang, sources };
  const hidden = new Set(selection.hide ?? []);
  const places = data.places.places;
  const trade = data.trade ? tradeForYear(data.trade, selection.year) : undefined;
  const focus = focusCountries(countriesOf(data.geometry));
  const text = frameText(places, hidden, trade, words, data.trade === null);
  const { frame, layout } = layoutMap(text, size, focus);
  const plot = buildPlot({ data, hidden, trade, selection, focus, layout, words });
  return {
    text,
    frame,
    summary: summariseMap(data, t, lang),
    plot,
    marks: mapMarks({ plot, places, trade, origin: frame.plot, selection, words }),
    table: placeTable(places, words),
    citations: mapCitations(places, trade),
    quotes: mapQuotes(places, t),
    noMatch: plot.points.length > 0 && plot.points.every((p) => p.dimmed),
    zoomFocus: zoomFocus(plot),
  };
}

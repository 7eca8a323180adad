import type { GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { FigureModel } from '../../figure/model';
import type { PaletteColor } from '../../figure/palette';
import type { RegionTopology } from '../../schema/geometry';
import type { Places } from '../../schema/places';
import type { Trade } from '../../schema/trade';
import type { MapLayer } from './mapLayers';

export interface MapPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  symbol: MapLayer['symbol'];
  color: PaletteColor;
  selected: boolean;
  dimmed: boolean;
  /** A border crossing's country side: its marker and name stay on it. */
  side?: 'west' | 'east';
  label?: { dx: number; dy: number; anchor: 'start' | 'end' | 'middle' };
}

export interface MapPlot {
  width: number;
  height: number;
  k: number;
  fontSize: number;
  countries: { id: string; d: string; role: 'kz' | 'cn' | 'other' }[];
  countryLabels: { x: number; y: number; text: string; role: 'kz' | 'cn' }[];
  trade?: { d: string; width: number; label: { x: number; y: number; text: string } };
  points: MapPoint[];
  symbolSize: number;
}

export type MapFigure = FigureModel<MapPlot>;

// A type alias, not an interface: chart data must be indexable by dataset name.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export type MapData = {
  places: Places;
  /** Null when trade.json could not be read: the map is drawn without its trade line. */
  trade: Trade | null;
  geometry: RegionTopology;
};

export type CountryLabel = MapPlot['countryLabels'][number];
export type TradeLine = NonNullable<MapPlot['trade']>;

/** [left, top, right, bottom] in plot pixels. */
export type Box = readonly [number, number, number, number];

/** The plot's size and type and the projection that fills it: what every drawing stage reads. */
export interface PlotLayout {
  width: number;
  height: number;
  k: number;
  fontSize: number;
  /** Room kept round the two countries when fitting the projection. */
  margin: number;
  projection: GeoProjection;
  /** Outlines leave out detail up to this many pixels (see FigureSize.simplify). */
  simplify?: number;
  /** Measures shapes in plot coordinates (centroids). */
  path: GeoPath;
  /** An outline as SVG path text, to a tenth of a pixel, cut just outside the plot. */
  outline: (object: GeoPermissibleObjects) => string;
}

/** Plot coordinates are kept to a tenth of a pixel: finer than any screen, and short in an SVG. */
export const round = (n: number) => Math.round(n * 10) / 10;

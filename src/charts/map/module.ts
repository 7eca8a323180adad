import { buildMapFigure, type MapData, type MapPlot } from './mapModel';
import type { ChartModule } from '../contract';
import { MapPlot as PlotView } from './MapPlot';
import { en, type MapText } from './text';

export const mapModule: ChartModule<MapData, MapText, MapPlot> = {
  build: buildMapFigure,
  Plot: PlotView,
  en,
};

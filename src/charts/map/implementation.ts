import type { ChartImplementation } from '../defineChart';
import { buildMapFigure, type MapData, type MapPlot } from './mapModel';
import { MapPlot as PlotView } from './MapPlot';

export const implementation: ChartImplementation<MapData, MapPlot> = {
  build: (data, { sources, size, selection, lang }) =>
    buildMapFigure(data, sources, size, selection, lang),
  Plot: PlotView,
};

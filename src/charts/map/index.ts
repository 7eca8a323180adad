import { geometryQuery, placesQuery, tradeQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';
import type { MapData, MapPlot } from './mapModel';

export const mapChart = defineChart<MapData, MapPlot>({
  id: 'map',
  name: 'Map',
  description:
    'Kazakhstan and China with the places that tie them, and a line whose weight follows trade',
  datasets: { places: placesQuery, trade: tradeQuery, geometry: geometryQuery },
  load: () => import('./implementation').then((m) => m.implementation),
  zoomable: true,
  layers: [
    { id: 'capitals', label: 'Capitals and the visit city' },
    { id: 'crossings', label: 'Border crossings' },
    { id: 'nuclear', label: 'Nuclear plant site, fuel plant' },
    { id: 'education', label: 'Education and culture' },
  ],
});

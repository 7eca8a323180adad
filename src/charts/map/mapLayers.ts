import type { LegendSymbol } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import type { Place, PlaceKind } from '../../schema/places';
import type { MapText } from './text';

export interface MapLayer {
  /** Its name in each language is the map's words' `layers[id]`. */
  id: keyof MapText['layers'];
  kinds: readonly PlaceKind[];
  symbol: Extract<LegendSymbol, 'square' | 'diamond' | 'triangle' | 'circle'>;
  color: PaletteColor;
}

export const MAP_LAYERS: readonly MapLayer[] = [
  {
    id: 'capitals',
    kinds: ['capital', 'visit-city'],
    symbol: 'square',
    color: 'text',
  },
  {
    id: 'crossings',
    kinds: ['border-crossing'],
    symbol: 'diamond',
    color: 'accent',
  },
  {
    id: 'nuclear',
    kinds: ['npp-site', 'fuel-plant'],
    symbol: 'triangle',
    color: 'group3',
  },
  {
    id: 'education',
    kinds: [
      'luban-workshop',
      'confucius-institute',
      'university-branch',
      'culture-centre',
      'partner-city',
    ],
    symbol: 'circle',
    color: 'group4',
  },
];

/** The first switched-on layer the place belongs to: it sets the place's symbol and colour. */
export function layerOf(place: Place, hidden: ReadonlySet<string>): MapLayer | undefined {
  return MAP_LAYERS.find(
    (l) => !hidden.has(l.id) && place.features.some((f) => l.kinds.includes(f.kind)),
  );
}

/** A place shows while any of its layers is switched on. */
export function visiblePlaces(places: readonly Place[], hidden: ReadonlySet<string>): Place[] {
  return places.filter((p) => layerOf(p, hidden) !== undefined);
}

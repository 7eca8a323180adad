import type { GeoProjection } from 'd3-geo';
import type { Selection } from '../../figure/selection';
import type { Place } from '../../schema/places';
import { layerOf, MAP_LAYERS } from './mapLayers';
import { round, type MapPoint } from './mapTypes';

/** A picked sector dims the places that have nothing in it. */
function inSector(place: Place, sector: string | undefined): boolean {
  return place.features.some((f) => sector !== undefined && (f.sectors ?? []).includes(sector));
}

/**
 * The visible places on the plot, in their layer's symbol, in the order their names claim room:
 * the selected place, then by layer (capitals and the visit city, crossings, the nuclear sites,
 * then education and culture), so that on a phone Astana is named before a classroom is; within
 * a layer, top to bottom.
 */
export function projectPoints(
  visible: readonly Place[],
  hidden: ReadonlySet<string>,
  selection: Selection,
  projection: GeoProjection,
): MapPoint[] {
  const anySector = selection.sector !== undefined;
  const rank = new Map(
    visible.map((p) => {
      const layer = layerOf(p, hidden);
      return [p.id, layer ? MAP_LAYERS.indexOf(layer) : 0];
    }),
  );
  const rankOf = (p: MapPoint) => rank.get(p.id) ?? 0;
  return visible
    .map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      const layer = layerOf(p, hidden) ?? MAP_LAYERS[0];
      return {
        id: p.id,
        name: p.name,
        x: round(x),
        y: round(y),
        symbol: layer?.symbol ?? 'circle',
        color: layer?.color ?? 'text',
        selected: selection.place === p.id,
        dimmed: anySector && !inSector(p, selection.sector),
      };
    })
    .sort((a, b) => Number(b.selected) - Number(a.selected) || rankOf(a) - rankOf(b) || a.y - b.y);
}

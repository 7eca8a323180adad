import type { GeoProjection } from 'd3-geo';
import type { Selection } from '../../figure/selection';
import type { Place } from '../../schema/places';
import { layerOf, MAP_LAYERS } from './mapLayers';
import { round, type MapPoint } from './mapTypes';

const crossing = (p: Place) => p.features.some((f) => f.kind === 'border-crossing');

/**
 * Twin crossings (Dostyk and Alashankou face each other across the border) would draw one
 * marker over the other: each moves to its own country's side by most of a marker.
 */
export function separateTwins(points: readonly MapPoint[], size: number): MapPoint[] {
  return points.map((p) => {
    if (!p.side) return p;
    const twin = points.some(
      (q) =>
        q !== p && q.side && q.side !== p.side && Math.hypot(q.x - p.x, q.y - p.y) < size * 1.5,
    );
    if (!twin) return p;
    return { ...p, x: round(p.x + (p.side === 'west' ? -size * 0.75 : size * 0.75)) };
  });
}

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
        ...(crossing(p)
          ? { side: p.country === 'KZ' ? ('west' as const) : ('east' as const) }
          : {}),
      };
    })
    .sort((a, b) => Number(b.selected) - Number(a.selected) || rankOf(a) - rankOf(b) || a.y - b.y);
}

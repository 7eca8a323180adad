/**
 * Build-time only: cuts Natural Earth's world down to the region the map shows, so the browser
 * downloads a few tens of kilobytes instead of the whole world. Run by the build (vite.config.ts).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

/** [west, south, east, north] in degrees: Kazakhstan and China with room for pan and zoom. */
export const REGION_BOX = [35, 12, 145, 60] as const;

/** ISO 3166 numeric codes of the countries drawn: the two, and their neighbours in the frame. */
export const REGION_COUNTRIES = new Set([
  '398',
  '156',
  '643',
  '496',
  '417',
  '860',
  '795',
  '762',
  '004',
  '586',
  '356',
  '524',
  '064',
  '104',
  '418',
  '704',
  '408',
  '410',
  '364',
  '031',
  '792',
  '268',
  '051',
  '158',
  '344',
  '446',
  '050',
  '764',
  '392',
  '368',
  '760',
  '784',
  '048',
  '634',
  '414',
  '682',
  '512',
  '887',
  '116',
  '458',
  '608',
  '400',
  '422',
  '376',
  '275',
  '818',
  '729',
  '232',
  '231',
  '262',
  '706',
]);

type Edge = [(p: Position) => boolean, (a: Position, b: Position) => Position];

function clipRing(ring: Position[]): Position[] | null {
  const [w, s, e, n] = REGION_BOX;
  const at = (a: Position, b: Position, t: number): Position => [
    (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t,
    (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t,
  ];
  const edges: Edge[] = [
    [(p) => (p[0] ?? 0) >= w, (a, b) => at(a, b, (w - (a[0] ?? 0)) / ((b[0] ?? 0) - (a[0] ?? 0)))],
    [(p) => (p[0] ?? 0) <= e, (a, b) => at(a, b, (e - (a[0] ?? 0)) / ((b[0] ?? 0) - (a[0] ?? 0)))],
    [(p) => (p[1] ?? 0) >= s, (a, b) => at(a, b, (s - (a[1] ?? 0)) / ((b[1] ?? 0) - (a[1] ?? 0)))],
    [(p) => (p[1] ?? 0) <= n, (a, b) => at(a, b, (n - (a[1] ?? 0)) / ((b[1] ?? 0) - (a[1] ?? 0)))],
  ];
  let out = ring;
  // Sutherland–Hodgman against each side of the box; fine for lon/lat rings at this scale.
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length] ?? cur;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    });
    if (out.length === 0) return null;
  }
  if (out.length < 3) return null;
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  return out;
}

function clip(geometry: Polygon | MultiPolygon): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(clipRing);
    if (!outer) continue;
    kept.push([outer, ...holes.filter((h): h is Position[] => h !== null)]);
  }
  return kept.length > 0 ? { type: 'MultiPolygon', coordinates: kept } : null;
}

export function prepareRegion(world: Topology): Topology {
  const countries = world.objects.countries as GeometryCollection<{ name: string }>;
  const all = feature(world, countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features: Feature<MultiPolygon, { name: string }>[] = [];
  for (const f of all.features) {
    const id = String(f.id ?? '');
    if (!REGION_COUNTRIES.has(id)) continue;
    const geometry = clip(f.geometry);
    if (geometry)
      features.push({ type: 'Feature', id, properties: { name: f.properties.name }, geometry });
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  // The typings disagree on null properties; the shapes are the same.
  let topo = topology({ countries: collection }) as unknown as Topology<Objects<{ name: string }>>;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, 0.5));
  return quantize(topo, 1e4);
}

import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { simplifyStream } from '../../figure/simplifyStream';
import { CompactPath } from '../../figure/compactPath';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionTopology } from '../../schema/geometry';
import type { MapPlot, PlotLayout } from './mapTypes';

const KZ = '398';
const CN = '156';

export type Country = Feature<Geometry, { name: string }>;
type Countries = FeatureCollection<Geometry, { name: string }>;
const decoded = new WeakMap<RegionTopology, Countries>();

/** The boundaries as GeoJSON, decoded once per loaded topology (every resize and export reuses it). */
export function countriesOf(geometry: RegionTopology): Countries {
  let out = decoded.get(geometry);
  if (!out) {
    const topo = geometry as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    out = feature(topo, topo.objects.countries);
    decoded.set(geometry, out);
  }
  return out;
}

type ProjectedCountry = MapPlot['countries'][number];
const projected = new WeakMap<RegionTopology, Map<string, ProjectedCountry[]>>();

/**
 * The country outlines for one plot size, kept for the last few sizes: projecting and clipping
 * fifty boundaries is most of the map's layout time, and a resize back or a repeated export
 * asks for the same size again.
 */
function projectedCountries(
  geometry: RegionTopology,
  key: string,
  project: () => ProjectedCountry[],
): ProjectedCountry[] {
  let bySize = projected.get(geometry);
  if (!bySize) {
    bySize = new Map();
    projected.set(geometry, bySize);
  }
  let out = bySize.get(key);
  if (out) {
    bySize.delete(key);
  } else {
    out = project();
    if (bySize.size >= 6) bySize.delete(bySize.keys().next().value ?? '');
  }
  bySize.set(key, out);
  return out;
}

/** Kazakhstan and China: the projection is fitted to them, and their names are written on them. */
export interface FocusCountries {
  kz: Country | undefined;
  cn: Country | undefined;
  both: FeatureCollection;
}

export function focusCountries(countries: Countries): FocusCountries {
  const kz = countries.features.find((f) => String(f.id) === KZ);
  const cn = countries.features.find((f) => String(f.id) === CN);
  const both: FeatureCollection = {
    type: 'FeatureCollection',
    features: [kz, cn].filter((f): f is Country => f !== undefined),
  };
  return { kz, cn, both };
}

/** Fitted to the two countries' width alone, or, given a height too, to the whole plot. */
function projectionFor(focus: FeatureCollection, margin: number, width: number, height?: number) {
  const p = geoConicEqualArea().parallels([30, 50]).rotate([-92, 0]);
  if (height === undefined) p.fitWidth(width - margin * 2, focus);
  else
    p.fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      focus,
    );
  return p;
}

/** The plot height for a width: the two countries' own height, kept within 0.45–1.1 widths. */
/** From this plot width, the map's free height is at most `WIDE_ASPECT` of its width. */
const WIDE_PLOT = 900;
const WIDE_ASPECT = 0.42;

export function naturalHeight(focus: FeatureCollection, margin: number) {
  return (width: number) => {
    const p = projectionFor(focus, margin, width);
    const [[, y0], [, y1]] = geoPath(p).bounds(focus);
    const fitted = Math.min(Math.max(y1 - y0 + margin * 2, width * 0.45), width * 1.1);
    // A wide plot is a landscape, so the map on a laptop's page fits under the header (at
    // 1366×768 among others); the countries then sit in its middle, with room either side.
    return width >= WIDE_PLOT ? Math.min(fitted, width * WIDE_ASPECT) : fitted;
  };
}

interface PlotBox {
  width: number;
  height: number;
  k: number;
  fontSize: number;
  margin: number;
  /** Outlines may leave out detail up to this many pixels (see FigureSize.simplify). */
  simplify?: number;
}

export function plotLayout(focus: FeatureCollection, box: PlotBox): PlotLayout {
  const { width, height, margin } = box;
  // Zoom and pan never show beyond the plot, and the plot clips its own edges: cut the outlines
  // just outside it, so no file carries (and no renderer fills) land nobody can see.
  const projection = projectionFor(focus, margin, width, height).clipExtent([
    [-4, -4],
    [width + 4, height + 4],
  ]);
  const context = new CompactPath();
  const tolerance = box.simplify ?? 0;
  const simplified =
    tolerance > 0
      ? { stream: (out: GeoStream) => projection.stream(simplifyStream(tolerance)(out)) }
      : projection;
  const draw = geoPath(simplified, context);
  const outline = (object: GeoPermissibleObjects) => {
    draw(object);
    return context.take();
  };
  return { ...box, projection, path: geoPath(projection), outline };
}

function roleOf(id: string): ProjectedCountry['role'] {
  return id === KZ ? 'kz' : id === CN ? 'cn' : 'other';
}

/** Every country's outline as an SVG path, reused while the plot keeps its size. */
export function countryPaths(geometry: RegionTopology, layout: PlotLayout): ProjectedCountry[] {
  const { width, height, margin, outline } = layout;
  return projectedCountries(geometry, [width, height, margin, layout.simplify ?? 0].join(' '), () =>
    countriesOf(geometry).features.map((f) => ({
      id: String(f.id),
      d: outline(f),
      role: roleOf(String(f.id)),
    })),
  );
}

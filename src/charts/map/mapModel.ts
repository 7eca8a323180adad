import { geoConicEqualArea, geoInterpolate, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { layoutFrame, typeScale, type LegendEntry, type LegendSymbol } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import { measureText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import {
  formatNumber,
  formatPartialDate,
  formatUsdBn,
  formatUsdBnShort,
  listJoin,
} from '../../i18n/format';
import { shortPublisher } from '../../i18n/sources';
import type { RegionTopology } from '../../schema/geometry';
import type { Place, PlaceKind, Places } from '../../schema/places';
import type { Source } from '../../schema/sources';
import type { Trade } from '../../schema/trade';
import type { FigureModel, InteractiveMark, TableColumn } from '../../figure/model';
import type { ChartInput } from '../contract';
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

const KZ = '398';
const CN = '156';

export interface MapPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  symbol: MapLayer['symbol'];
  color: PaletteColor;
  selected: boolean;
  dimmed: boolean;
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
  trade: Trade;
  geometry: RegionTopology;
};

const round = (n: number) => Math.round(n * 10) / 10;

type Countries = FeatureCollection<Geometry, { name: string }>;
const decoded = new WeakMap<RegionTopology, Countries>();

/** The boundaries as GeoJSON, decoded once per loaded topology (every resize and export reuses it). */
function countriesOf(geometry: RegionTopology): Countries {
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

function layerOf(place: Place, hidden: ReadonlySet<string>): MapLayer | undefined {
  return MAP_LAYERS.find(
    (l) => !hidden.has(l.id) && place.features.some((f) => l.kinds.includes(f.kind)),
  );
}

/** The China customs figure for the picked year, or the latest: the line's weight follows it. */
export function tradeForYear(trade: Trade, year: number | undefined) {
  const series = trade.series.find((s) => s.reporter === 'China') ?? trade.series[0];
  const points = [...(series?.points ?? [])].sort((a, b) => a.year - b.year);
  const point = points.find((p) => p.year === year) ?? points.at(-1);
  const max = Math.max(...trade.series.flatMap((s) => s.points.map((p) => p.value)));
  return series && point ? { series, point, max } : undefined;
}

/** `Publisher, date` in the reader's language; the publisher's name stays as published. */
function sourceText(source: Source | undefined, t: MapText, lang: Language): string {
  if (!source) return t.unknownSource;
  const date = source.published === null ? t.undated : formatPartialDate(source.published, lang);
  return t.sourceName(shortPublisher(source), date);
}

export function summariseMap(data: MapData, t: MapText, lang: Language = 'en'): string {
  const { places } = data.places;
  const byLayer = MAP_LAYERS.map((l) => {
    const names = places
      .filter((p) => p.features.some((f) => l.kinds.includes(f.kind)))
      .map((p) => p.name);
    return t.summary.layer(t.layers[l.id], listJoin(names, lang));
  });
  const trade = tradeForYear(data.trade, undefined);
  return [
    t.summary.places(
      places.length,
      formatNumber(places.length, 0, lang),
      byLayer.join(t.summary.layerSeparator),
    ),
    trade
      ? t.summary.trade(
          formatUsdBn(trade.point.value, false, lang),
          trade.point.year,
          trade.series.label,
        )
      : '',
    t.summary.boundaries,
  ]
    .filter(Boolean)
    .join(t.summary.sentenceSeparator);
}

export function buildMapFigure({
  data,
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<MapData, MapText>): MapFigure {
  const describeSource = (source: Source | undefined) => sourceText(source, t, lang);
  const hidden = new Set(selection.hide ?? []);
  const countries = countriesOf(data.geometry);
  const kz = countries.features.find((f) => String(f.id) === KZ);
  const cn = countries.features.find((f) => String(f.id) === CN);
  const focus: FeatureCollection = {
    type: 'FeatureCollection',
    features: [kz, cn].filter((f): f is Feature<Geometry, { name: string }> => f !== undefined),
  };
  const places = data.places.places;
  const visible = places.filter((p) => layerOf(p, hidden) !== undefined);
  const trade = tradeForYear(data.trade, selection.year);
  const astana = places.find((p) => p.id === 'astana');
  const beijing = places.find((p) => p.id === 'beijing');

  const legend: LegendEntry[] = [
    ...MAP_LAYERS.filter((l) => !hidden.has(l.id)).map((l): LegendEntry => ({
      key: l.id,
      label: t.layers[l.id],
      color: l.color,
      symbols: [l.symbol],
    })),
    ...(trade
      ? [
          {
            key: 'trade',
            label: t.tradeLegend,
            color: 'cn' as const,
            symbols: ['line' as const],
          },
        ]
      : []),
  ];
  const text = {
    title: t.title(places.length, formatNumber(places.length, 0, lang)),
    subtitle: t.subtitle,
    legend,
    source: `${t.source}${
      trade
        ? t.sourceTrade(trade.series.label, describeSource(sources.byId.get(trade.point.source)))
        : ''
    }`,
  };

  const { k, body } = typeScale(size.width);
  const fontSize = body * 0.92;
  const margin = 8 * k;

  const projectionFor = (width: number, height?: number) => {
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
  };
  const naturalHeight = (width: number) => {
    const p = projectionFor(width);
    const [[, y0], [, y1]] = geoPath(p).bounds(focus);
    return Math.min(Math.max(y1 - y0 + margin * 2, width * 0.45), width * 1.1);
  };

  const frame = layoutFrame(text, size, naturalHeight);
  const width = frame.plot.width;
  const height = frame.plot.height;
  // Zoom and pan never show beyond the plot, and the plot clips its own edges: cut the outlines
  // just outside it, so no file carries (and no renderer fills) land nobody can see.
  const projection = projectionFor(width, height).clipExtent([
    [-4, -4],
    [width + 4, height + 4],
  ]);
  const path = geoPath(projection).digits(1);

  const plotCountries = projectedCountries(data.geometry, [width, height, margin].join(' '), () =>
    countries.features.map((f) => ({
      id: String(f.id),
      d: path(f) ?? '',
      role:
        String(f.id) === KZ
          ? ('kz' as const)
          : String(f.id) === CN
            ? ('cn' as const)
            : ('other' as const),
    })),
  );
  const countryLabels = [
    ...(kz ? [{ f: kz, text: t.countryLabels.kz, role: 'kz' as const }] : []),
    ...(cn ? [{ f: cn, text: t.countryLabels.cn, role: 'cn' as const }] : []),
  ].map(({ f, text: label, role }) => {
    const [x, y] = path.centroid(f);
    return {
      x: round(x),
      y: round(y + (role === 'cn' ? height * 0.05 : height * 0.04)),
      text: label,
      role,
    };
  });

  let tradeLine: MapPlot['trade'];
  if (trade && astana && beijing) {
    const a: [number, number] = [astana.lon, astana.lat];
    const b: [number, number] = [beijing.lon, beijing.lat];
    const w = scaleSqrt()
      .domain([0, trade.max])
      .range([0, 10 * k])(trade.point.value);
    const value = formatUsdBnShort(trade.point.value, false, lang);
    const countryBoxes = countryLabels.map((c) => {
      const cw = (measureText(c.text, fontSize * 1.1, 600) * 1.15) / 2;
      return [c.x - cw, c.y - fontSize * 1.1, c.x + cw, c.y + 3] as const;
    });
    const marker = 8 * k;
    const markerBoxes = visible.map((p) => {
      const [px, py] = projection([p.lon, p.lat]) ?? [0, 0];
      return [px - marker, py - marker, px + marker, py + marker] as const;
    });
    // Along the line from its middle outwards, above it then below, the first spot clear of the
    // country names and the places; on a phone, where the full label meets them, a shorter one.
    const place = (
      label: string,
      avoid: readonly (readonly [number, number, number, number])[],
    ) => {
      const half = measureText(label, fontSize, 600) / 2;
      const spots = [0.5, 0.58, 0.42, 0.66, 0.34, 0.74, 0.26].flatMap((at) => {
        const [mx, my] = projection(geoInterpolate(a, b)(at)) ?? [0, 0];
        const x = Math.min(Math.max(mx, half + 2), width - half - 2);
        return [my - w / 2 - fontSize * 0.6, my + w / 2 + fontSize * 1.2].map((y) => ({ x, y }));
      });
      const spot = spots.find(({ x, y }) =>
        avoid.every(
          ([l, top, r, bottom]) =>
            x + half < l || x - half > r || y + 3 < top || y - fontSize > bottom,
        ),
      );
      return spot && { ...spot, text: label };
    };
    const full = t.tradeLabel(trade.point.year, value);
    const short = t.tradeLabelShort(trade.point.year, value);
    const everything = [...countryBoxes, ...markerBoxes];
    const clear = place(full, everything) ??
      place(short, everything) ??
      place(short, countryBoxes) ?? { ...(place(full, []) ?? { x: 0, y: 0 }), text: short };
    tradeLine = {
      d: path({ type: 'LineString', coordinates: [a, b] }) ?? '',
      width: round(Math.max(w, 1)),
      label: { x: round(clear.x), y: round(clear.y), text: clear.text },
    };
  }

  // Labels beside their points where they fit: right, left, above, below, else only in the tooltip.
  const boxes: [number, number, number, number][] = [];
  if (tradeLine) {
    const w = measureText(tradeLine.label.text, fontSize, 600);
    boxes.push([
      tradeLine.label.x - w / 2,
      tradeLine.label.y - fontSize,
      tradeLine.label.x + w / 2,
      tradeLine.label.y + 3,
    ]);
  }
  for (const c of countryLabels) {
    const w = measureText(c.text, fontSize * 1.1, 600) * 1.15;
    boxes.push([c.x - w / 2, c.y - fontSize, c.x + w / 2, c.y + 3]);
  }
  const symbolSize = round(6 * k);
  const anySector = selection.sector !== undefined;
  const points: MapPoint[] = visible
    .map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      const layer = layerOf(p, hidden) ?? MAP_LAYERS[0];
      const inSector = p.features.some(
        (f) => selection.sector !== undefined && (f.sectors ?? []).includes(selection.sector),
      );
      return {
        id: p.id,
        name: p.name,
        x: round(x),
        y: round(y),
        symbol: layer?.symbol ?? 'circle',
        color: layer?.color ?? 'text',
        selected: selection.place === p.id,
        dimmed: anySector && !inSector,
      };
    })
    .sort((a, b) => Number(b.selected) - Number(a.selected) || a.y - b.y);
  for (const p of points)
    boxes.push([p.x - symbolSize, p.y - symbolSize, p.x + symbolSize, p.y + symbolSize]);
  for (const p of points) {
    const w = measureText(p.name, fontSize, 600);
    const h = fontSize;
    const gap = symbolSize + 3 * k;
    const options: {
      dx: number;
      dy: number;
      anchor: 'start' | 'end' | 'middle';
      box: [number, number, number, number];
    }[] = [
      {
        dx: gap,
        dy: h * 0.35,
        anchor: 'start',
        box: [p.x + gap, p.y - h * 0.65, p.x + gap + w, p.y + h * 0.35],
      },
      {
        dx: -gap,
        dy: h * 0.35,
        anchor: 'end',
        box: [p.x - gap - w, p.y - h * 0.65, p.x - gap, p.y + h * 0.35],
      },
      {
        dx: 0,
        dy: -gap - 2,
        anchor: 'middle',
        box: [p.x - w / 2, p.y - gap - h - 2, p.x + w / 2, p.y - gap],
      },
      {
        dx: 0,
        dy: gap + h * 0.8,
        anchor: 'middle',
        box: [p.x - w / 2, p.y + gap - h * 0.2, p.x + w / 2, p.y + gap + h * 0.8],
      },
    ];
    const fits = options.find(
      (o) =>
        o.box[0] >= 0 &&
        o.box[2] <= width &&
        o.box[1] >= 0 &&
        o.box[3] <= height &&
        !boxes.some(
          (b) => o.box[0] < b[2] && o.box[2] > b[0] && o.box[1] < b[3] && o.box[3] > b[1],
        ),
    );
    if (fits) {
      p.label = { dx: round(fits.dx), dy: round(fits.dy), anchor: fits.anchor };
      boxes.push(fits.box);
    }
  }

  const plot: MapPlot = {
    width,
    height,
    k,
    fontSize,
    countries: plotCountries,
    countryLabels,
    ...(tradeLine ? { trade: tradeLine } : {}),
    points,
    symbolSize,
  };

  const featureText = (f: Place['features'][number]) =>
    t.feature(f.label, f.date ? formatPartialDate(f.date, lang) : undefined);
  const describe = (p: Place) => p.features.map(featureText);
  const marks: InteractiveMark[] = points.map((pt) => {
    const place = places.find((p) => p.id === pt.id);
    const features = place ? describe(place) : [];
    const sourceId = place?.features.find((f) => f.source)?.source ?? place?.coordSource ?? '';
    return {
      id: `place-${pt.id}`,
      x: round(frame.plot.x + pt.x),
      y: round(frame.plot.y + pt.y),
      r: Math.max(symbolSize * 2, 12),
      label: t.placeMark(
        pt.name,
        features.join(t.featureSeparator),
        describeSource(sources.byId.get(sourceId)),
      ),
      tooltip: {
        heading: pt.name,
        value: features[0] ?? '',
        note: features.slice(1).join(t.featureSeparator) || undefined,
        sourceId,
      },
      select: { key: 'place', value: pt.id },
      selected: pt.selected,
    };
  });
  if (tradeLine && trade) {
    marks.push({
      id: 'trade-line',
      x: round(frame.plot.x + tradeLine.label.x),
      y: round(frame.plot.y + tradeLine.label.y - fontSize * 0.3),
      r: 14,
      label: t.tradeMark(
        trade.point.year,
        formatUsdBn(trade.point.value, false, lang),
        trade.series.label,
        describeSource(sources.byId.get(trade.point.source)),
      ),
      tooltip: {
        heading: t.tradeHeading(trade.point.year),
        value: formatUsdBn(trade.point.value, false, lang),
        note: t.tradeNote(trade.series.label),
        sourceId: trade.point.source,
      },
      select: { key: 'year', value: trade.point.year },
      selected: selection.year === trade.point.year,
    });
  }
  for (const m of marks) if (m.tooltip.note === undefined) delete m.tooltip.note;

  const columns: TableColumn[] = [
    { key: 'place', label: t.columns.place },
    { key: 'country', label: t.columns.country },
    { key: 'what', label: t.columns.what },
    { key: 'source', label: t.columns.source },
  ];
  const rows = places.flatMap((p) =>
    p.features.map((f, i) => ({
      id: `${p.id}-${i}`,
      cells: {
        place: p.name,
        country: p.country === 'KZ' ? t.countries.kz : t.countries.cn,
        what: featureText(f),
        source: f.source ? describeSource(sources.byId.get(f.source)) : '—',
      },
      sourceId: f.source ?? p.coordSource,
    })),
  );
  const citations = [
    ...new Set(
      places.flatMap((p) => [
        ...p.features.flatMap((f) => (f.source ? [f.source, ...(f.corroboration ?? [])] : [])),
        p.coordSource,
      ]),
    ),
  ];
  if (trade) citations.push(trade.point.source);

  return {
    chartId: 'map',
    text,
    frame,
    summary: summariseMap(data, t, lang),
    plot,
    marks,
    table: { caption: t.caption, columns, rows },
    citations,
    quotes: places.flatMap((p) =>
      p.features
        .filter((f) => f.quote && f.source)
        .map((f) => ({
          quote: f.quote ?? '',
          sourceId: f.source ?? '',
          supports: t.supports(p.name, f.label),
        })),
    ),
  };
}

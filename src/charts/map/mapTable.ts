import type { DataTable, Quote, TableColumn } from '../../figure/model';
import type { Place } from '../../schema/places';
import type { YearTrade } from './mapTrade';
import { featureText, sourceById, type MapWords } from './mapWords';
import type { MapText } from './text';

function placeColumns(t: MapText): TableColumn[] {
  return [
    { key: 'place', label: t.columns.place },
    { key: 'country', label: t.columns.country },
    { key: 'what', label: t.columns.what },
    { key: 'source', label: t.columns.source },
  ];
}

/** One row per thing at a place, hidden layers included: the table is the map's full record. */
function placeRows(places: readonly Place[], words: MapWords): DataTable['rows'] {
  const { t } = words;
  return places.flatMap((p) =>
    p.features.map((f, i) => ({
      id: `${p.id}-${i}`,
      cells: {
        place: p.name,
        country: p.country === 'KZ' ? t.countries.kz : t.countries.cn,
        what: featureText(words, f),
        source: f.source ? sourceById(words, f.source) : '—',
      },
      sourceId: f.source ?? p.coordSource,
    })),
  );
}

export function placeTable(places: readonly Place[], words: MapWords): DataTable {
  return {
    caption: words.t.caption,
    columns: placeColumns(words.t),
    rows: placeRows(places, words),
  };
}

/** Each source once, in the places' order (with its corroborations), then the trade figure's. */
export function mapCitations(places: readonly Place[], trade: YearTrade | undefined): string[] {
  const cited = [
    ...new Set(
      places.flatMap((p) => [
        ...p.features.flatMap((f) => (f.source ? [f.source, ...(f.corroboration ?? [])] : [])),
        p.coordSource,
      ]),
    ),
  ];
  return trade ? [...cited, trade.point.source] : cited;
}

/** The sources' own words behind each quoted feature, and what they back. */
export function mapQuotes(places: readonly Place[], t: MapText): Quote[] {
  return places.flatMap((p) =>
    p.features
      .filter((f) => f.quote && f.source)
      .map((f) => ({
        quote: f.quote ?? '',
        sourceId: f.source ?? '',
        supports: t.supports(p.name, f.label),
      })),
  );
}

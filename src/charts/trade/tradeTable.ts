import type { DataTable, TableColumn } from '../../figure/model';
import type { Language } from '../../i18n/languages';
import { formatNumber } from '../../i18n/format';
import { describeSource } from '../../i18n/sourceWords';
import type { Trade, TradeSeries } from '../../schema/trade';
import type { SourceIndex } from '../../schema/sources';
import type { TradeText } from './text';
import { keyOf } from './tradeData';

/** A row with what it sorts by: year, then China's series, Kazakhstan's, the record. */
interface SortableRow {
  id: string;
  year: number;
  order: number;
  cells: Record<string, string>;
  sourceId: string;
}

function columns(t: TradeText, unit: string): TableColumn[] {
  return [
    { key: 'year', label: t.columns.year, numeric: true },
    { key: 'series', label: t.columns.series },
    { key: 'value', label: t.columns.value(unit), numeric: true },
    { key: 'source', label: t.columns.source },
  ];
}

function valueCell(value: number, approximate: boolean | undefined, lang: Language): string {
  return `${approximate ? '≈' : ''}${formatNumber(value, 2, lang)}`;
}

function seriesRows(
  s: TradeSeries,
  sources: SourceIndex,
  t: TradeText,
  lang: Language,
): SortableRow[] {
  const order = keyOf(s) === 'cn' ? 0 : 1;
  return s.points.flatMap((p) => [
    {
      id: `${s.id}-${p.year}`,
      year: p.year,
      order,
      cells: {
        year: String(p.year),
        series: s.label,
        value: valueCell(p.value, p.approximate, lang),
        source: describeSource(sources.byId.get(p.source), lang),
      },
      sourceId: p.source,
    },
    // Another source's figure for the same year: a row of its own, after the one the chart draws.
    ...(p.otherReports ?? []).map((o, i) => ({
      id: `${s.id}-${p.year}-other-${String(i + 1)}`,
      year: p.year,
      order: order + 0.5,
      cells: {
        year: String(p.year),
        series: t.otherReportRow(s.label),
        value: valueCell(o.value, false, lang),
        source: describeSource(sources.byId.get(o.source), lang),
      },
      sourceId: o.source,
    })),
  ]);
}

function recordRow(
  h: Trade['headline'],
  sources: SourceIndex,
  t: TradeText,
  lang: Language,
): SortableRow {
  return {
    id: 'record',
    year: h.year,
    order: 2,
    cells: {
      year: String(h.year),
      series: t.recordRow,
      value: valueCell(h.value, h.approximate, lang),
      source: describeSource(sources.byId.get(h.source), lang),
    },
    sourceId: h.source,
  };
}

/** Every figure on the chart, the record included, by year. */
export function tradeTable(
  data: Trade,
  series: readonly TradeSeries[],
  sources: SourceIndex,
  t: TradeText,
  lang: Language,
): DataTable {
  const rows = [
    ...series.flatMap((s) => seriesRows(s, sources, t, lang)),
    recordRow(data.headline, sources, t, lang),
  ]
    .sort((a, b) => a.year - b.year || a.order - b.order)
    .map(({ id, cells, sourceId }) => ({ id, cells, sourceId }));
  return { caption: t.caption(data.unit), columns: columns(t, data.unit), rows };
}

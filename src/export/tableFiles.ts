import type { DataTable } from '../figure/model';
import type { SourceIndex } from '../schema/sources';

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The chart's numbers as CSV, each row with its source id and link. */
export function tableToCsv(table: DataTable, sources: SourceIndex): string {
  const header = [...table.columns.map((c) => c.label), 'Source id', 'Source URL'];
  const rows = table.rows.map((r) => [
    ...table.columns.map((c) => r.cells[c.key] ?? ''),
    r.sourceId,
    sources.byId.get(r.sourceId)?.url ?? '',
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The same rows as JSON, with the full record of every source cited. */
export function tableToJson(
  table: DataTable,
  sources: SourceIndex,
  meta: Record<string, unknown>,
): string {
  const ids = [...new Set(table.rows.map((r) => r.sourceId))];
  return `${JSON.stringify(
    {
      ...meta,
      columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
      rows: table.rows.map((r) => ({ ...r.cells, source: r.sourceId })),
      sources: ids.map((id) => sources.byId.get(id)).filter((s) => s !== undefined),
    },
    null,
    2,
  )}\n`;
}

import type { DataTable } from '../figure/model';

export function DataTableView({ table, summary }: { table: DataTable; summary: string }) {
  return (
    <div className="data-table">
      <p className="chart-summary">{summary}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                {table.columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row" className={c.numeric ? 'numeric' : undefined}>
                      {row.cells[c.key]}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                      {row.cells[c.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { useT } from '../state/useT';
import { DatasetError } from '../schema/errors';

interface Props {
  error: Error;
  chartName: string;
  onRetry: () => void;
}

/** Stands in for a chart whose data failed: what failed, where, and a way to try again. */
export function DatasetErrorView({ error, chartName, onRetry }: Props) {
  const t = useT();
  const more = error instanceof DatasetError ? error.issues.slice(1, 6) : [];
  return (
    <div className="chart-error" role="alert">
      <p className="chart-error-title">{t.chartCannotBeShown(chartName.toLowerCase())}</p>
      <p className="chart-error-message">
        <code>{error.message}</code>
      </p>
      {more.length > 0 && (
        <details>
          <summary>{t.otherProblems}</summary>
          <ul>
            {more.map((m) => (
              <li key={m}>
                <code>{m}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import { dataFingerprint } from '../charts/fingerprint';
import type { Chart } from '../charts/registry';
import { builtFingerprint, hasBuiltIsland, useHydrated } from '../components/Island';
import { isEmpty, type Selection } from '../figure/selection';
import { useNearViewport } from '../hooks/useNearViewport';
import { datasetQuery, sourcesQuery } from '../queries/datasets';
import { isWarm } from '../queries/loadFigure';
import { DATASETS, type DatasetName } from '../schema/datasets';

export const figureIsland = (chart: Chart) => `figure-${chart.id}`;

/**
 * Whether the files a built figure was made from still say the same: they are fetched again
 * once the page is live, and a figure whose files changed (or broke) is drawn anew.
 */
function useDataChanged(chart: Chart, enabled: boolean): boolean {
  const names = useMemo(
    () => [...new Set(Object.values(chart.datasets))].filter((n) => DATASETS[n].cites),
    [chart],
  );
  const combine = useCallback(
    (results: { data?: unknown; error: Error | null }[]) => ({
      failed: results.some((r) => r.error),
      datasets: results.every((r) => r.data !== undefined)
        ? (Object.fromEntries(names.map((n, i) => [n, results[i]?.data])) as Partial<
            Record<DatasetName, unknown>
          >)
        : undefined,
    }),
    [names],
  );
  const files = useQueries({
    queries: useMemo(() => names.map((n) => ({ ...datasetQuery(n), enabled })), [names, enabled]),
    combine,
  });
  const sources = useQuery({ ...sourcesQuery, enabled });
  if (!enabled) return false;
  if (files.failed || sources.error) return true;
  if (!files.datasets || !sources.data) return false;
  return (
    dataFingerprint(chart, files.datasets, sources.data) !== builtFingerprint(figureIsland(chart))
  );
}

/**
 * When a chart's figure becomes live, with its tooltips and keyboard marks. A figure the page
 * was built with stays as built until the reader reaches for it (pointer, touch, focus), the
 * address asks for a view, the page is the chart's own, or its files changed since the build:
 * until then its code costs nothing. A figure React draws itself loads as it comes near.
 */
export function useLiveness(chart: Chart, wrap: RefObject<Element | null>, selection: Selection) {
  const hydrated = useHydrated();
  const built = hasBuiltIsland(figureIsland(chart));
  const near = useNearViewport(wrap);
  const [intent, setIntent] = useState(false);
  const changed = useDataChanged(chart, built && hydrated);
  const viewed = !isEmpty(selection) || (selection.hide?.length ?? 0) > 0;
  const load = built
    ? hydrated && (intent || viewed || isWarm(chart) || changed)
    : near || isWarm(chart);
  const reach = useCallback(() => setIntent(true), []);
  return { load, reach };
}

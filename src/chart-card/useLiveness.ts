import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { earlyGestures, REACHED_EVENT } from '../components/earlyGestures';
import { figureFiles } from '../charts/fingerprint';
import type { Chart } from '../charts/registry';
import { useBuiltIsland, useHydrated } from '../components/Island';
import { isEmpty, type Selection } from '../figure/selection';
import { useNearViewport } from '../hooks/useNearViewport';
import { isWarm } from '../queries/loadFigure';
import { useFilesChanged } from './islandData';

export const figureIsland = (chart: Chart) => `figure-${chart.id}`;

/**
 * When a chart's figure becomes live, with its tooltips and keyboard marks. A figure the page
 * was built with stays as built until the reader reaches for it (pointer, touch, focus), the
 * address asks for a view, the page is the chart's own, or its files changed since the build:
 * until then its code costs nothing. A figure React draws itself loads as it comes near.
 */
export function useLiveness(chart: Chart, wrap: RefObject<Element | null>, selection: Selection) {
  const hydrated = useHydrated();
  const built = useBuiltIsland(figureIsland(chart));
  const near = useNearViewport(wrap);
  // A reader may have reached for the card before its code ran (see earlyGestures).
  const [intent, setIntent] = useState(() => earlyGestures().reached.includes(chart.id));
  useEffect(() => {
    const onReach = (e: Event) => {
      if (e instanceof CustomEvent && e.detail === chart.id) setIntent(true);
    };
    document.addEventListener(REACHED_EVENT, onReach);
    return () => document.removeEventListener(REACHED_EVENT, onReach);
  }, [chart.id]);
  const files = useMemo(() => figureFiles(chart), [chart]);
  const changed = useFilesChanged(figureIsland(chart), files, built && hydrated);
  const viewed = !isEmpty(selection) || (selection.hide?.length ?? 0) > 0;
  const wanted = built
    ? hydrated && (intent || viewed || isWarm(chart) || changed)
    : near || isWarm(chart);
  // Once live, a figure stays live: its built version is gone from the page.
  const [loaded, setLoaded] = useState(false);
  if (wanted && !loaded) setLoaded(true);
  const reach = useCallback(() => setIntent(true), []);
  return { load: wanted || loaded, reach };
}

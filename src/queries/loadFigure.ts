import type { QueryClient } from '@tanstack/react-query';
import { composeFigure, prepareInput, type Composer } from '../charts/compose';
import type { Chart } from '../charts/registry';
import type { Language } from '../i18n/languages';
import type { DatasetName } from '../schema/dataFiles';
import { datasetQuery, sourcesQuery } from './datasets';
import { dataTextsQuery } from './dataTexts';

const names = (chart: Chart): DatasetName[] => [...new Set(Object.values(chart.datasets))];

/**
 * A chart's figures at any size, outside React's tree (exports, the deck), once its code, words
 * and files have loaded (or failed).
 */
export async function loadComposer(
  client: QueryClient,
  chart: Chart,
  lang: Language,
): Promise<Composer> {
  const [module, , sources, words, ...values] = await Promise.all([
    chart.load(),
    chart.loadText(lang),
    client.query({ ...sourcesQuery, staleTime: 'static' }),
    client.query(dataTextsQuery(lang)),
    ...names(chart).map((n) => {
      const file = client.query({ ...datasetQuery(n), staleTime: 'static' });
      // A file the chart can go without: drawn without it, as on screen.
      return chart.optional.has(n) ? file.catch(() => null) : file;
    }),
  ]);
  const datasets = Object.fromEntries(names(chart).map((n, i) => [n, values[i]]));
  const input = prepareInput(chart, module, { datasets, sources, words }, lang);
  return (size, selection) => composeFigure(module, input, size, selection);
}

const warmed = new Set<string>();

/**
 * Starts loading a chart's code and files before anything renders, for the chart a page opens
 * with. A failure is left for the chart to report when it renders.
 */
export function warmChart(client: QueryClient, chart: Chart, lang: Language): void {
  warmed.add(chart.id);
  chart.load().catch(() => undefined);
  chart.loadText(lang).catch(() => undefined);
  client.query(sourcesQuery).catch(() => undefined);
  client.query(dataTextsQuery(lang)).catch(() => undefined);
  for (const n of names(chart)) client.query(datasetQuery(n)).catch(() => undefined);
}

/** Whether the page opened with this chart, so it renders without waiting to come near. */
export function isWarm(chart: Chart): boolean {
  return warmed.has(chart.id);
}

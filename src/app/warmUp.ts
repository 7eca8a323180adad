import type { QueryClient } from '@tanstack/react-query';
import { charts, findChart } from '../charts/registry';
import type { Language } from '../i18n/languages';
import { dataTextsQuery } from '../queries/dataTexts';
import { datasetQuery, sourcesQuery } from '../queries/datasets';
import { warmChart } from '../queries/loadFigure';
import { HEADLINE_DATASETS } from '../pages/Headlines';
import type { Route } from '../state/router';

// A failure here is not lost: the chart that needs the file fetches it again and says so.
const ignore = (): void => undefined;

/**
 * Starts the first view's downloads as soon as the code runs, in parallel, rather than after
 * React's first render and layout: the files every figure cites, the words for the language,
 * the headline figures' files on the dashboard, and the code and data of the chart the page opens
 * with. Errors surface later, where each chart renders.
 */
export function warmUp(client: QueryClient, route: Route, lang: Language): void {
  client.query(sourcesQuery).catch(ignore);
  client.query(dataTextsQuery(lang)).catch(ignore);
  if (route.name === 'dashboard') {
    for (const name of HEADLINE_DATASETS) client.query(datasetQuery(name)).catch(ignore);
  }
  const first =
    route.name === 'dashboard'
      ? charts[0]
      : route.name === 'chart' || route.name === 'embed' || route.name === 'present-one'
        ? findChart(route.id)
        : undefined;
  if (first) warmChart(client, first);
}

import type { QueryClient } from '@tanstack/react-query';
import { charts, findChart } from '../charts/registry';
import type { Language } from '../i18n/languages';
import { dataTextsQuery } from '../queries/dataTexts';
import { datasetQuery, rawFileQuery, sourcesQuery } from '../queries/datasets';
import { warmChart } from '../queries/loadFigure';
import { DATA_FILES } from '../schema/dataFiles';
import type { Route } from '../state/router';

// A failure here is not lost: the chart that needs the file fetches it again and says so.
const ignore = (): void => undefined;

/**
 * Starts the first view's downloads as soon as the code runs, in parallel, rather than after
 * React's first render. A built page needs only its files' texts, to check it still holds; its
 * figures load their code when a reader reaches for them. A page React draws itself needs the
 * files every figure cites, the data's words in the page's language, and on the dashboard every
 * chart's files. Errors surface later, where each chart renders.
 */
export function warmUp(client: QueryClient, route: Route, lang: Language, built: boolean): void {
  if (built) {
    for (const name of DATA_FILES) client.query(rawFileQuery(name)).catch(ignore);
  } else {
    client.query(sourcesQuery).catch(ignore);
    client.query(dataTextsQuery(lang)).catch(ignore);
  }
  if (route.name === 'dashboard' && !built) {
    const files = new Set(charts.flatMap((c) => Object.values(c.datasets)));
    for (const name of files) {
      if (name !== 'geometry') client.query(datasetQuery(name)).catch(ignore);
    }
  }
  // An embed and a chart's slide are the chart alone, live at once (an embed tells its host the
  // height its figure wants); a chart's page, when built, waits for the reader like the dashboard.
  const alone = route.name === 'embed' || route.name === 'present-one';
  const chart = alone || (route.name === 'chart' && !built) ? findChart(route.id) : undefined;
  if (chart) warmChart(client, chart, lang);
}

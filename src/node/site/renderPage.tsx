import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../../app/App';
import { charts } from '../../charts/registry';
import {
  IslandCollection,
  islandMarker,
  islandPrefix,
  type IslandCollector,
} from '../../components/HydrationIsland';
import { BuildingPage } from '../../components/Island';
import { datasetQuery, rawFileQuery, sourcesQuery } from '../../queries/datasets';
import { dataTextsQuery } from '../../queries/dataTexts';
import type { DatasetName } from '../../schema/dataFiles';
import { loadMessages } from '../../state/language';
import { setServerLocation } from '../../state/router';
import type { DiskFiles } from '../diskFigures';
import type { BuiltPage } from './pages';

/** A query cache holding the files as the page would fetch them, so every figure renders now. */
function seededClient(files: DiskFiles, page: BuiltPage): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(sourcesQuery.queryKey, files.sources);
  for (const [name, data] of Object.entries(files.datasets)) {
    client.setQueryData(datasetQuery(name as DatasetName).queryKey, data);
  }
  for (const [name, text] of Object.entries(files.texts)) {
    client.setQueryData(rawFileQuery(name as DatasetName).queryKey, text);
  }
  client.setQueryData(dataTextsQuery(page.lang).queryKey, files.words);
  return client;
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Markup with no script of its own, as the page's policy requires: a first render waits for the
 * code that loads on demand (pages, panels), the second, with all of it at hand, is the markup.
 */
async function markupOf(
  element: ReactNode,
  address: string,
  options: { identifierPrefix?: string } = {},
): Promise<string> {
  await streamText((await prerenderToNodeStream(element, options)).prelude);
  const markup = renderToString(element, options);
  // Data for the marks' tooltips (type="application/json") is inert; any other script is code.
  if (/<script(?![^>]*type="application\/json")/.test(markup)) {
    throw new Error(`${address}: markup still waits for code`);
  }
  return markup;
}

/**
 * The page's markup, as the app renders it with every file in hand. Its islands (parts hydrated
 * on their own schedule) are rendered as roots of their own, as the browser hydrates them.
 */
export async function renderPage(page: BuiltPage, files: DiskFiles): Promise<string> {
  await Promise.all([
    loadMessages(page.lang),
    ...charts.flatMap((c) => [c.load(), c.loadText(page.lang)]),
  ]);
  setServerLocation({ pathname: page.address, search: '' });
  const islands = new Map<string, ReactNode>();
  const collector: IslandCollector = { add: (id, content) => islands.set(id, content) };
  const app = (
    <BuildingPage.Provider value={true}>
      <IslandCollection.Provider value={collector}>
        <App client={seededClient(files, page)} />
      </IslandCollection.Provider>
    </BuildingPage.Provider>
  );
  try {
    let markup = await markupOf(app, page.address);
    for (const [id, content] of islands) {
      const inner = await markupOf(content, page.address, { identifierPrefix: islandPrefix(id) });
      markup = markup.replace(islandMarker(id), () => inner);
    }
    return markup;
  } finally {
    setServerLocation(undefined);
  }
}

import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../../app/App';
import { charts } from '../../charts/registry';
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

/** The page's markup, as the app renders it with every file in hand. */
export async function renderPage(page: BuiltPage, files: DiskFiles): Promise<string> {
  await Promise.all([
    loadMessages(page.lang),
    ...charts.flatMap((c) => [c.load(), c.loadText(page.lang)]),
  ]);
  setServerLocation({ pathname: page.address, search: '' });
  const app = (
    <BuildingPage.Provider value={true}>
      <App client={seededClient(files, page)} />
    </BuildingPage.Provider>
  );
  try {
    // A first render waits for the code that loads on demand (pages, panels); the second, with
    // all of it at hand, gives markup with no script of its own, as the page's policy requires.
    await streamText((await prerenderToNodeStream(app)).prelude);
    const markup = renderToString(app);
    if (markup.includes('<script')) throw new Error(`${page.address}: markup still waits for code`);
    return markup;
  } finally {
    setServerLocation(undefined);
  }
}

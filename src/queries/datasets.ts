import { queryOptions, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { DATASETS, type DataFileSpec, type DatasetName } from '../schema/dataFiles';
import type { DatasetOf } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';
import { fetchText, parseDataset, parseJson } from './loadDataset';

export type DatasetQuery<T> = UseQueryOptions<T, Error, T, readonly ['dataset', string]>;

/** The schemas, loaded with the first file read: a page that reads none needs none. */
const schemas = () => import('../schema/datasets').then((m) => m.SCHEMAS);

/**
 * A file's text as the server has it now, unparsed: enough to tell whether a page built from it
 * still holds, without loading what reads it. The parsed file is read from it: one download.
 */
export function rawFileQuery(name: DatasetName) {
  const { file, path } = DATASETS[name];
  return queryOptions({
    queryKey: ['raw', file] as const,
    queryFn: ({ signal }) => fetchText(file, signal, path),
    // A failed file is asked for again by Retry, never by each view that shows its error.
    retryOnMount: false,
  });
}

/** The file's JSON, from its text as last fetched (or fetched now). */
async function fileJson(client: QueryClient, name: DatasetName): Promise<unknown> {
  return parseJson(DATASETS[name].file, await client.query(rawFileQuery(name)));
}

/** sources.json, as the index every citation is checked against. */
export const sourcesQuery = queryOptions({
  queryKey: ['dataset', DATASETS.sources.file] as const,
  retryOnMount: false,
  queryFn: async ({ client }): Promise<SourceIndex> => {
    const [json, { sources: schema }] = await Promise.all([fileJson(client, 'sources'), schemas()]);
    const { sources } = parseDataset(DATASETS.sources.file, schema, json);
    return { byId: new Map(sources.map((s) => [s.id, s])), ids: new Set(sources.map((s) => s.id)) };
  },
});

const queries = new Map<DatasetName, DatasetQuery<unknown>>();

/** One query per dataset file: fetched, validated, and its citations checked against sources.json. */
export function datasetQuery<N extends DatasetName>(name: N): DatasetQuery<DatasetOf<N>> {
  let query = queries.get(name);
  if (!query) {
    const { file, cites }: DataFileSpec = DATASETS[name];
    query = queryOptions({
      queryKey: ['dataset', file] as const,
      retryOnMount: false,
      queryFn: async ({ client }): Promise<unknown> => {
        const [json, all, sources] = await Promise.all([
          fileJson(client, name),
          schemas(),
          cites ? client.query({ ...sourcesQuery, staleTime: 'static' }) : undefined,
        ]);
        return parseDataset(file, all[name], json, sources?.ids);
      },
    });
    queries.set(name, query);
  }
  // Each name's query parses with that name's schema.
  return query as DatasetQuery<DatasetOf<N>>;
}

/**
 * Tries every failed file again, not only one chart's: a file many charts share (sources.json)
 * brings them all back at once. A file that arrived but did not read is downloaded anew.
 */
export async function retryFailedFiles(client: QueryClient): Promise<void> {
  const failed = client.getQueryCache().findAll({ predicate: (q) => q.state.status === 'error' });
  await Promise.all(
    failed
      .filter((q) => q.queryKey[0] === 'dataset')
      .map((q) =>
        client.invalidateQueries({ queryKey: ['raw', q.queryKey[1]], refetchType: 'none' }),
      ),
  );
  await client.refetchQueries({ predicate: (q) => q.state.status === 'error' });
}

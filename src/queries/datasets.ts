import { queryOptions, type UseQueryOptions } from '@tanstack/react-query';
import { DATASETS, type DatasetName, type DatasetOf, type DatasetSpec } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';
import { fetchJson, parseDataset } from './loadDataset';

export type DatasetQuery<T> = UseQueryOptions<T, Error, T, readonly ['dataset', string]>;

/** sources.json, as the index every citation is checked against. */
export const sourcesQuery = queryOptions({
  queryKey: ['dataset', DATASETS.sources.file] as const,
  queryFn: async ({ signal }): Promise<SourceIndex> => {
    const { file, path, schema } = DATASETS.sources;
    const { sources } = parseDataset(file, schema, await fetchJson(file, signal, path));
    return { byId: new Map(sources.map((s) => [s.id, s])), ids: new Set(sources.map((s) => s.id)) };
  },
});

const queries = new Map<DatasetName, DatasetQuery<unknown>>();

/** One query per dataset file: fetched, validated, and its citations checked against sources.json. */
export function datasetQuery<N extends DatasetName>(name: N): DatasetQuery<DatasetOf<N>> {
  let query = queries.get(name);
  if (!query) {
    const { file, path, schema, cites }: DatasetSpec = DATASETS[name];
    query = queryOptions({
      queryKey: ['dataset', file] as const,
      queryFn: async ({ signal, client }): Promise<unknown> => {
        const [json, sources] = await Promise.all([
          fetchJson(file, signal, path),
          cites ? client.query({ ...sourcesQuery, staleTime: 'static' }) : undefined,
        ]);
        return parseDataset(file, schema, json, sources?.ids);
      },
    });
    queries.set(name, query);
  }
  // Each name's query parses with that name's schema.
  return query as DatasetQuery<DatasetOf<N>>;
}

import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { agreementsSchema } from '../schema/agreements';
import { milestonesSchema } from '../schema/milestones';
import { nuclearSchema } from '../schema/nuclear';
import { placesSchema } from '../schema/places';
import { sourcesSchema, type Source } from '../schema/sources';
import { tradeSchema } from '../schema/trade';
import { fetchJson, parseDataset } from './loadDataset';

export interface SourceIndex {
  byId: ReadonlyMap<string, Source>;
  ids: ReadonlySet<string>;
}

export const sourcesQuery = queryOptions({
  queryKey: ['dataset', 'sources.json'],
  queryFn: async ({ signal }): Promise<SourceIndex> => {
    const json = await fetchJson('sources.json', signal);
    const { sources } = parseDataset('sources.json', sourcesSchema, json);
    return { byId: new Map(sources.map((s) => [s.id, s])), ids: new Set(sources.map((s) => s.id)) };
  },
});

/** One query per dataset file: fetched, validated, and its citations checked against sources.json. */
function datasetQuery<S extends z.ZodMiniType>(file: string, schema: S) {
  return queryOptions({
    queryKey: ['dataset', file],
    queryFn: async ({ signal, client }): Promise<z.infer<S>> => {
      const [json, sources] = await Promise.all([
        fetchJson(file, signal),
        client.query({ ...sourcesQuery, staleTime: 'static' }),
      ]);
      return parseDataset(file, schema, json, sources.ids);
    },
  });
}

export const tradeQuery = datasetQuery('trade.json', tradeSchema);
export const agreementsQuery = datasetQuery('agreements.json', agreementsSchema);
export const nuclearQuery = datasetQuery('nuclear.json', nuclearSchema);
export const placesQuery = datasetQuery('places.json', placesSchema);
export const milestonesQuery = datasetQuery('milestones.json', milestonesSchema);

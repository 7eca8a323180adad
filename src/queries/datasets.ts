import { queryOptions, type UseQueryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { agreementsSchema } from '../schema/agreements';
import { milestonesSchema } from '../schema/milestones';
import { nuclearSchema } from '../schema/nuclear';
import { placesSchema } from '../schema/places';
import { sourcesSchema, type SourceIndex } from '../schema/sources';
import { tradeSchema } from '../schema/trade';
import { fetchJson, parseDataset } from './loadDataset';

export const sourcesQuery = queryOptions({
  queryKey: ['dataset', 'sources.json'],
  queryFn: async ({ signal }): Promise<SourceIndex> => {
    const json = await fetchJson('sources.json', signal);
    const { sources } = parseDataset('sources.json', sourcesSchema, json);
    return { byId: new Map(sources.map((s) => [s.id, s])), ids: new Set(sources.map((s) => s.id)) };
  },
});

export type DatasetQuery<T> = UseQueryOptions<T, Error, T, readonly ['dataset', string]>;

/** One query per dataset file: fetched, validated, and its citations checked against sources.json. */
function datasetQuery<S extends z.ZodMiniType>(file: string, schema: S): DatasetQuery<z.infer<S>> {
  return queryOptions({
    queryKey: ['dataset', file] as const,
    queryFn: async ({ signal, client }): Promise<z.infer<S>> => {
      const [json, sources] = await Promise.all([
        fetchJson(file, signal),
        client.query({ ...sourcesQuery, staleTime: 'static' }),
      ]);
      return parseDataset(file, schema, json, sources.ids);
    },
  });
}

const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.optional(z.object({ scale: z.array(z.number()), translate: z.array(z.number()) })),
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(z.looseObject({ type: z.string(), id: z.optional(z.string()) })),
    }),
  }),
});

export type RegionTopology = z.infer<typeof topologySchema>;

/** Country boundaries for the map (Natural Earth), cut to the region at build time. */
export const geometryQuery: DatasetQuery<RegionTopology> = queryOptions({
  queryKey: ['dataset', 'geo/region.json'] as readonly ['dataset', string],
  queryFn: async ({ signal }) => {
    const json = await fetchJson(
      'geo/region.json',
      signal,
      `${import.meta.env.BASE_URL}geo/region.json`,
    );
    return parseDataset('geo/region.json', topologySchema, json);
  },
});

export const tradeQuery = datasetQuery('trade.json', tradeSchema);
export const agreementsQuery = datasetQuery('agreements.json', agreementsSchema);
export const nuclearQuery = datasetQuery('nuclear.json', nuclearSchema);
export const placesQuery = datasetQuery('places.json', placesSchema);
export const milestonesQuery = datasetQuery('milestones.json', milestonesSchema);

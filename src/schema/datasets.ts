import type * as z from 'zod/mini';
import { agreementsSchema } from './agreements';
import { topologySchema } from './geometry';
import { milestonesSchema } from './milestones';
import { nuclearSchema } from './nuclear';
import { placesSchema } from './places';
import { sourcesSchema } from './sources';
import { tradeSchema } from './trade';

export interface DatasetSpec {
  /** The name errors give it, as a reader finds it on the server. */
  file: string;
  /** Its address, relative to the site's base. */
  path: string;
  schema: z.ZodMiniType;
  /** Its records cite sources.json, so every citation is checked against it. */
  cites: boolean;
  /** It holds words a reader sees, which each language translates by key. */
  words: boolean;
}

function dataFile<F extends string, S extends z.ZodMiniType>(file: F, schema: S, cites = true) {
  return { file, path: `data/${file}` as const, schema, cites, words: true };
}

/**
 * Every file a figure reads, by name: where it lives and what it must hold. The data stay files
 * beside the site, fetched at run time, so a corrected number needs no new build.
 */
export const DATASETS = {
  sources: dataFile('sources.json', sourcesSchema, false),
  trade: dataFile('trade.json', tradeSchema),
  agreements: dataFile('agreements.json', agreementsSchema),
  nuclear: dataFile('nuclear.json', nuclearSchema),
  places: dataFile('places.json', placesSchema),
  milestones: dataFile('milestones.json', milestonesSchema),
  // Natural Earth's boundaries, cut to the region when the site is built.
  geometry: {
    file: 'geo/region.json',
    path: 'geo/region.json',
    schema: topologySchema,
    cites: false,
    words: false,
  },
} as const satisfies Record<string, DatasetSpec>;

export type DatasetName = keyof typeof DATASETS;

/** A dataset's contents once its file has passed its schema. */
export type DatasetOf<N extends DatasetName> = z.infer<(typeof DATASETS)[N]['schema']>;

/** The datasets a chart draws from, each under the name its model reads it by. */
export type DatasetMap = Readonly<Record<string, DatasetName>>;

export type DataOf<D extends DatasetMap> = { [K in keyof D]: DatasetOf<D[K]> };

/** The datasets kept as files in `data/` (the boundaries are made at build time instead). */
export type DataFileName = {
  [N in DatasetName]: (typeof DATASETS)[N]['path'] extends `data/${string}` ? N : never;
}[DatasetName];

export const DATA_FILES = (Object.keys(DATASETS) as DatasetName[]).filter((n): n is DataFileName =>
  DATASETS[n].path.startsWith('data/'),
);

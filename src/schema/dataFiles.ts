/** Where a dataset lives and what kind of file it is; its schema is in `schemas.ts`. */
export interface DataFileSpec {
  /** The name errors give it, as a reader finds it on the server. */
  file: string;
  /** Its address, relative to the site's base. */
  path: string;
  /** Its records cite sources.json, so every citation is checked against it. */
  cites: boolean;
  /** It holds words a reader sees, which each language translates by key. */
  words: boolean;
}

function dataFile<F extends string>(file: F, cites = true) {
  return { file, path: `data/${file}` as const, cites, words: true };
}

/**
 * Every file a figure reads, by name: where it lives. The data stay files beside the site,
 * fetched at run time, so a corrected number needs no new build. This list is light: the
 * schemas that check each file load with the first file read (see schemas.ts).
 */
export const DATASETS = {
  sources: dataFile('sources.json', false),
  trade: dataFile('trade.json'),
  agreements: dataFile('agreements.json'),
  nuclear: dataFile('nuclear.json'),
  places: dataFile('places.json'),
  milestones: dataFile('milestones.json'),
  // Natural Earth's boundaries, cut to the region when the site is built.
  geometry: { file: 'geo/region.json', path: 'geo/region.json', cites: false, words: false },
} as const satisfies Record<string, DataFileSpec>;

export type DatasetName = keyof typeof DATASETS;

/** The datasets kept as files in `data/` (the boundaries are made at build time instead). */
export type DataFileName = {
  [N in DatasetName]: (typeof DATASETS)[N]['path'] extends `data/${string}` ? N : never;
}[DatasetName];

export const DATA_FILES = (Object.keys(DATASETS) as DatasetName[]).filter((n): n is DataFileName =>
  DATASETS[n].path.startsWith('data/'),
);

/** The datasets a chart draws from, each under the name its model reads it by. */
export type DatasetMap = Readonly<Record<string, DatasetName>>;

import type * as z from 'zod/mini';
import { agreementsSchema } from './agreements';
import type { DatasetMap, DatasetName } from './dataFiles';
import { topologySchema } from './geometry';
import { milestonesSchema } from './milestones';
import { nuclearSchema } from './nuclear';
import { placesSchema } from './places';
import { sourcesSchema } from './sources';
import { tradeSchema } from './trade';

/** What each dataset must hold, by name. */
export const SCHEMAS = {
  sources: sourcesSchema,
  trade: tradeSchema,
  agreements: agreementsSchema,
  nuclear: nuclearSchema,
  places: placesSchema,
  milestones: milestonesSchema,
  geometry: topologySchema,
} as const satisfies Record<DatasetName, z.ZodMiniType>;

/** A dataset's contents once its file has passed its schema. */
export type DatasetOf<N extends DatasetName> = z.infer<(typeof SCHEMAS)[N]>;

export type DataOf<D extends DatasetMap> = { [K in keyof D]: DatasetOf<D[K]> };

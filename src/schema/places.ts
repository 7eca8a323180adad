import * as z from 'zod/mini';
import { id, partialDate, quote, sourceId, text, uniqueIds } from './common';

export const placeKinds = [
  'capital',
  'visit-city',
  'border-crossing',
  'npp-site',
  'fuel-plant',
  'luban-workshop',
  'confucius-institute',
  'university-branch',
  'culture-centre',
  'partner-city',
] as const;

const feature = z
  .strictObject({
    kind: z.enum(placeKinds),
    label: text,
    date: z.optional(partialDate),
    source: z.optional(sourceId),
    quote: z.optional(quote),
    corroboration: z.optional(z.array(sourceId)),
    sectors: z.optional(z.array(id)),
  })
  .check(
    z.refine((f) => f.date === undefined || f.source !== undefined, {
      error: 'expected a source for a dated feature',
      path: ['source'],
    }),
  );

const place = z.strictObject({
  id,
  name: text,
  country: z.enum(['KZ', 'CN']),
  lat: z.number().check(z.gte(-90, 'expected latitude ≥ -90'), z.lte(90, 'expected latitude ≤ 90')),
  lon: z
    .number()
    .check(z.gte(-180, 'expected longitude ≥ -180'), z.lte(180, 'expected longitude ≤ 180')),
  coordSource: sourceId,
  features: z.array(feature).check(z.minLength(1, 'expected at least one feature')),
});

export const placesSchema = z.strictObject({
  places: z.array(place).check(z.minLength(1), uniqueIds<z.infer<typeof place>>('place')),
});

export type Places = z.infer<typeof placesSchema>;
export type Place = Places['places'][number];
export type PlaceKind = (typeof placeKinds)[number];

import * as z from 'zod/mini';
import {
  checkRef,
  citation,
  count,
  fail,
  id,
  isoDate,
  partialDate,
  percent,
  quote,
  sourcedFigure,
  sourceId,
  text,
  uniqueIds,
  value,
  year,
  yearRange,
} from './common';

const partner = z.strictObject({
  id,
  name: text,
  country: text,
  role: text,
  ...citation,
});

const plant = z.strictObject({
  id,
  ordinal: z.int().check(z.gte(1), z.lte(20)),
  lead: z.strictObject({ partner: id, status: text, ...citation }),
  site: z.optional(z.strictObject({ name: text, place: z.optional(id), ...citation })),
  reactors: z.optional(z.strictObject({ units: count, design: text, ...citation })),
  capacityGw: z.optional(z.strictObject({ value, ...citation })),
  costUsdBn: z.optional(
    z
      .strictObject({ min: value, max: value, ...citation })
      .check(z.refine((c) => c.max >= c.min, { error: 'expected max ≥ min', path: ['max'] })),
  ),
  completion: z.optional(
    z.strictObject({ fromYear: year, toYear: year, ...citation }).check(
      z.refine((r) => r.toYear >= r.fromYear, {
        error: 'expected toYear ≥ fromYear',
        path: ['toYear'],
      }),
    ),
  ),
});

const step = z.strictObject({
  id,
  when: z.union([z.strictObject({ date: isoDate }), yearRange]),
  label: text,
  plant: z.optional(id),
  target: z.optional(z.boolean()),
  figures: z.optional(z.array(sourcedFigure)),
  ...citation,
});

export const nuclearSchema = z
  .strictObject({
    plannedPlants: z
      .strictObject({
        min: count,
        max: count,
        label: text,
        source: sourceId,
        quote,
        corroboration: z.optional(z.array(sourceId)),
      })
      .check(z.refine((r) => r.max >= r.min, { error: 'expected max ≥ min', path: ['max'] })),
    partners: z.array(partner).check(z.minLength(1), uniqueIds<z.infer<typeof partner>>('partner')),
    vendorRanking: z.strictObject({
      source: sourceId,
      ranks: z.array(z.strictObject({ rank: z.int().check(z.gte(1)), partners: z.array(id) })),
    }),
    plants: z.array(plant).check(uniqueIds<z.infer<typeof plant>>('plant')),
    steps: z.array(step).check(z.minLength(1), uniqueIds<z.infer<typeof step>>('step')),
    fuel: z.strictObject({
      supplier: z.strictObject({ source: sourceId, quote }),
      uraniumWorldShare: z.strictObject({
        year,
        percent,
        approximate: z.optional(z.boolean()),
        ...citation,
      }),
      fuelPlant: z.strictObject({
        name: text,
        place: z.optional(id),
        opened: z.strictObject({ date: isoDate, ...citation }),
        capacityTonnesU: z.strictObject({ value, ...citation }),
        owners: z.strictObject({
          ...citation,
          shares: z.array(z.strictObject({ owner: text, country: text, percent })),
        }),
        exports: z.strictObject({ destination: text, ...citation }),
        deliveries: z.strictObject({ count, asOf: partialDate, ...citation }),
      }),
    }),
  })
  .check(
    z.superRefine((n, ctx) => {
      const partners = new Set(n.partners.map((p) => p.id));
      const plants = new Set(n.plants.map((p) => p.id));
      n.plants.forEach((p, i) => {
        checkRef(ctx, partners, p.lead.partner, ['plants', i, 'lead', 'partner'], 'partner');
      });
      n.vendorRanking.ranks.forEach((r, i) =>
        r.partners.forEach((p, j) => {
          checkRef(ctx, partners, p, ['vendorRanking', 'ranks', i, 'partners', j], 'partner');
        }),
      );
      n.steps.forEach((s, i) => {
        if (s.plant !== undefined) checkRef(ctx, plants, s.plant, ['steps', i, 'plant'], 'plant');
      });
      if (n.plants.length > n.plannedPlants.max) {
        fail(ctx, 'more plants listed than the planned maximum', ['plants'], n.plants);
      }
    }),
  );

export type Nuclear = z.infer<typeof nuclearSchema>;
export type NuclearStep = Nuclear['steps'][number];

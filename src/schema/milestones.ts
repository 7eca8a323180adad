import * as z from 'zod/mini';
import { checkRef, citation, id, partialDate, sourcedFigure, text, uniqueIds } from './common';

export const MILESTONE_FIRST_YEAR = 1992;
export const MILESTONE_LAST_YEAR = 2026;

const event = z.strictObject({
  id,
  date: partialDate.check(
    z.refine((d) => {
      const y = Number(d.slice(0, 4));
      return y >= MILESTONE_FIRST_YEAR && y <= MILESTONE_LAST_YEAR;
    }, `expected a date from ${MILESTONE_FIRST_YEAR} to ${MILESTONE_LAST_YEAR}`),
  ),
  category: id,
  title: text,
  places: z.optional(z.array(id)),
  sectors: z.optional(z.array(id)),
  highlight: z.optional(z.boolean()),
  figures: z.optional(z.array(sourcedFigure)),
  ...citation,
});

export const milestonesSchema = z
  .strictObject({
    categories: z
      .array(z.strictObject({ id, label: text }))
      .check(z.minLength(1), uniqueIds<{ id: string }>('category')),
    events: z.array(event).check(z.minLength(1), uniqueIds<z.infer<typeof event>>('event')),
  })
  .check(
    z.superRefine((m, ctx) => {
      const categories = new Set(m.categories.map((c) => c.id));
      m.events.forEach((e, i) => {
        checkRef(ctx, categories, e.category, ['events', i, 'category'], 'category');
      });
    }),
  );

export type Milestones = z.infer<typeof milestonesSchema>;
export type Milestone = Milestones['events'][number];

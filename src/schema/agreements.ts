import * as z from 'zod/mini';
import {
  checkRef,
  citation,
  count,
  fail,
  id,
  isoDate,
  quote,
  sourceId,
  text,
  uniqueIds,
} from './common';

const theme = z.strictObject({ id, label: text });
const level = z.strictObject({ id, label: text, description: text });
// No count field anywhere below: per-sector and per-level counts are not public.
const sector = z.strictObject({ id, label: text, theme: id });
const named = z.strictObject({
  id,
  title: text,
  level: id,
  theme: id,
  source: sourceId,
  quote: z.optional(quote),
});

export const agreementsSchema = z
  .strictObject({
    date: isoDate,
    city: text,
    occasion: text,
    total: z.strictObject({ value: count, ...citation }),
    levels: z.strictObject({
      ...citation,
      items: z.array(level).check(z.minLength(1), uniqueIds<z.infer<typeof level>>('level')),
    }),
    themes: z.array(theme).check(z.minLength(1), uniqueIds<z.infer<typeof theme>>('theme')),
    sectors: z.strictObject({
      ...citation,
      items: z.array(sector).check(z.minLength(1), uniqueIds<z.infer<typeof sector>>('sector')),
    }),
    named: z.array(named).check(uniqueIds<z.infer<typeof named>>('agreement')),
  })
  .check(
    z.superRefine((a, ctx) => {
      const themes = new Set(a.themes.map((t) => t.id));
      const levels = new Set(a.levels.items.map((l) => l.id));
      a.sectors.items.forEach((s, i) => {
        checkRef(ctx, themes, s.theme, ['sectors', 'items', i, 'theme'], 'theme');
      });
      a.named.forEach((n, i) => {
        checkRef(ctx, levels, n.level, ['named', i, 'level'], 'level');
        checkRef(ctx, themes, n.theme, ['named', i, 'theme'], 'theme');
      });
      if (a.named.length > a.total.value) {
        fail(ctx, 'more named agreements than documents in total', ['named'], a.named);
      }
    }),
  );

export type Agreements = z.infer<typeof agreementsSchema>;

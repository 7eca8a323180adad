import * as z from 'zod/mini';
import { citation, id, quote, sourceId, text, value, year } from './common';

/** What another source gives for the same year and series: shown beside the point, never merged. */
const otherReport = z.strictObject({ value, source: sourceId });

const point = z.strictObject({
  year,
  value,
  approximate: z.optional(z.boolean()),
  ...citation,
  otherReports: z.optional(z.array(otherReport)),
});

const series = z.strictObject({
  id,
  label: text,
  reporter: z.enum(['China', 'Kazakhstan']),
  description: text,
  points: z.array(point).check(
    z.minLength(1, 'expected at least one point'),
    z.superRefine((points, ctx) => {
      const seen = new Set<number>();
      points.forEach((p, i) => {
        if (seen.has(p.year)) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate year ${p.year} in one series`,
            path: [i, 'year'],
            input: p.year,
          });
        }
        seen.add(p.year);
      });
    }),
  ),
});

export const tradeSchema = z.strictObject({
  unit: z.literal('USD billion'),
  note: text,
  series: z.array(series).check(
    z.minLength(1, 'expected at least one series'),
    z.superRefine((all, ctx) => {
      const reporters = new Set<string>();
      all.forEach((s, i) => {
        // One reporter, one series: mixing China's and Kazakhstan's figures in a line misleads.
        if (reporters.has(s.reporter)) {
          ctx.addIssue({
            code: 'custom',
            message: `a second series reported by ${s.reporter}`,
            path: [i, 'reporter'],
            input: s.reporter,
          });
        }
        reporters.add(s.reporter);
      });
    }),
  ),
  headline: z.strictObject({
    year,
    value,
    approximate: z.optional(z.boolean()),
    label: text,
    source: sourceId,
    quote,
    corroboration: z.optional(z.array(sourceId)),
  }),
  context: z.strictObject({ source: sourceId }),
});

export type Trade = z.infer<typeof tradeSchema>;
export type TradeSeries = Trade['series'][number];
export type TradePoint = TradeSeries['points'][number];

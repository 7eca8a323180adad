import * as z from 'zod/mini';
import { ID_PATTERN } from './idPattern';

// Zod's JIT compiles validators with `new Function`, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

export const id = z.string().check(z.regex(ID_PATTERN, 'expected a lower-case id'));

/** An id in sources.json; existence is checked against the loaded sources (see citations.ts). */
export const sourceId = id;

export const text = z
  .string()
  .check(
    z.minLength(1, 'expected non-empty text'),
    z.maxLength(600, 'expected at most 600 characters'),
  );

export const quote = z
  .string()
  .check(
    z.minLength(3, 'expected a quote of at least 3 characters'),
    z.maxLength(400, 'expected a short excerpt (at most 400 characters)'),
  );

export const value = z.number().check(z.gte(0, 'expected a number ≥ 0'));

export const percent = z
  .number()
  .check(z.gte(0, 'expected a percentage ≥ 0'), z.lte(100, 'expected a percentage ≤ 100'));

// Counted things are drawn one mark each (documents, plants, reactors), so a count is bounded: a
// corrupted file must not ask the page for a billion squares.
export const COUNT_MAX = 1000;
export const count = z
  .int()
  .check(
    z.gte(0, 'expected a whole number ≥ 0'),
    z.lte(COUNT_MAX, `expected a whole number up to ${String(COUNT_MAX)}`),
  );

export const YEAR_MIN = 1980;
export const YEAR_MAX = 2050;

export const year = z
  .int()
  .check(
    z.gte(YEAR_MIN, `expected a year from ${YEAR_MIN}`),
    z.lte(YEAR_MAX, `expected a year up to ${YEAR_MAX}`),
  );

export const isoDate = z.iso.date({ error: 'expected an ISO date (YYYY-MM-DD)' });

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only the year or the month of an event. */
export function isPartialDate(input: string): boolean {
  const m = partialDatePattern.exec(input);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < YEAR_MIN || y > YEAR_MAX) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(y, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const partialDate = z
  .string()
  .check(z.refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));

/** Fields every cited record carries: its source and, for the article, a verbatim excerpt. */
export const citation = {
  source: sourceId,
  quote: z.optional(quote),
  corroboration: z.optional(z.array(sourceId)),
};

export const yearRange = z.strictObject({ fromYear: year, toYear: year }).check(
  z.refine((r) => r.toYear >= r.fromYear, {
    error: 'expected toYear ≥ fromYear',
    path: ['toYear'],
  }),
);

/** Adds an issue for every repeated id, at the path of the repeat. */
export function uniqueIds<T extends { id: string }>(what: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate ${what} id "${item.id}"`,
          path: [i, 'id'],
          input: item.id,
        });
      }
      seen.add(item.id);
    });
  });
}

type Ctx = z.core.$RefinementCtx;

/** Reports `value` at `path` unless it is one of the `known` ids (a reference inside a file). */
export function checkRef(
  ctx: Ctx,
  known: ReadonlySet<string>,
  value: string,
  path: (string | number)[],
  what: string,
): void {
  if (!known.has(value)) {
    ctx.addIssue({ code: 'custom', message: `unknown ${what} "${value}"`, path, input: value });
  }
}

/** A custom rule broken at `path`. */
export function fail(ctx: Ctx, message: string, path: (string | number)[], input: unknown): void {
  ctx.addIssue({ code: 'custom', message, path, input });
}

/** A headline number from a source, with its unit. */
export const sourcedFigure = z.strictObject({
  id,
  label: text,
  value,
  unit: z.enum(['percent', 'people', 'USD billion', 'GW', 'tonnes of uranium']),
  ...citation,
});

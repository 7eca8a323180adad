import * as z from 'zod/mini';
import { id, partialDate, quote, text, uniqueIds } from './common';

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['article', 'fact']),
  fact: text,
  publisher: text,
  published: z.nullable(partialDate),
  publishedNote: z.optional(text),
  url: z.optional(httpUrl),
  localCopy: z.optional(z.string().check(z.regex(/^[a-z0-9-]+\.txt$/, 'expected a file name'))),
  quote: z.optional(quote),
  quoteLang: z.optional(z.enum(['ru', 'kk', 'zh'])),
  translation: z.optional(text),
});

export const sourcesSchema = z.strictObject({
  sources: z.array(sourceSchema).check(
    z.minLength(1, 'expected at least one source'),
    uniqueIds<z.infer<typeof sourceSchema>>('source'),
    z.superRefine((items, ctx) => {
      if (!items.some((s) => s.id === 'article' && s.kind === 'article')) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected the article (id "article")',
          input: items,
        });
      }
      items.forEach((s, i) => {
        if (s.kind === 'fact' && (s.url === undefined || s.quote === undefined)) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected a fact to have both url and quote',
            path: [i, s.url === undefined ? 'url' : 'quote'],
            input: s,
          });
        }
      });
    }),
  ),
});

export type Source = z.infer<typeof sourceSchema>;
export type Sources = z.infer<typeof sourcesSchema>;

/** The sources by id, as every figure and table cites them. */
export interface SourceIndex {
  byId: ReadonlyMap<string, Source>;
  ids: ReadonlySet<string>;
}

import { describe, expect, it } from 'vitest';
import { charts, type ChartId } from '../../src/charts/registry';
import { OTHER_LANGUAGES } from '../../src/i18n/languages';
import { figureOf } from '../helpers/charts';
import { frameWords, HAN, KAZAKH_LETTERS } from '../helpers/languages';

/** English words no translated figure's frame, table headings or summary may hold. */
const FUNCTION_WORDS = /\b(the|and|of|in|from|with|by|per|since|between|years?|to|source)\b/i;

/** Each chart's own English vocabulary; a new chart must name its own. */
const VOCABULARY: Record<ChartId, RegExp> = {
  trade:
    /\b(trade|record|series|article|china|kazakhstan|customs|statistics|billion|gap|up|down|unchanged)\b/i,
  agreements: /\b(on|at|documents?|signed|sectors?|themes?|named|not|published|level|article)\b/i,
  nuclear: /\b(plants?|steps?|uranium|fuel|owners?|about|at least|billion|tonnes|deliveries)\b/i,
  map: /\b(trade|places?)\b/i,
  milestones: /\b(milestones?|events?|date|theme|dated|highlighted|them)\b/i,
};

/** Every key of a text pack, nested keys as `a.b`. */
function keys(pack: unknown): string[] {
  return Object.entries(pack as object).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v).map((c) => `${k}.${c}`) : [k],
  );
}

describe.each(charts.map((c) => [c.id, c] as const))('%s in every language', (id, chart) => {
  it('has every English word in each other language', () => {
    const english = keys(chart.loaded()?.en).sort();
    expect(english.length).toBeGreaterThan(5);
    for (const lang of OTHER_LANGUAGES) expect(keys(chart.text(lang)).sort()).toEqual(english);
  });

  describe.each(OTHER_LANGUAGES.flatMap((lang) => [360, 960].map((w) => [lang, w] as const)))(
    '%s at %i px',
    (lang, width) => {
      const fig = figureOf(id, { lang, size: { width } });
      const english = figureOf(id, { size: { width } });
      const words = frameWords(fig);

      it('has no English words in its title, legend, table headings and summary', () => {
        for (const w of words) {
          expect(w).not.toMatch(FUNCTION_WORDS);
          expect(w).not.toMatch(VOCABULARY[id]);
        }
      });

      it('writes in the language’s own script', () => {
        for (const w of words) expect(w).toMatch(lang === 'zh' ? HAN : /\p{Script=Cyrillic}/u);
        const prose = [fig.text.title, fig.text.subtitle, fig.table.caption, fig.summary];
        for (const w of prose) {
          if (lang === 'kk') expect(w).toMatch(KAZAKH_LETTERS);
          // Chinese: no spaces between characters, and full-width punctuation.
          if (lang === 'zh')
            expect(w).not.toMatch(/\p{Script=Han} \p{Script=Han}|\p{Script=Han}[,:;]/u);
        }
      });

      it('shows what the English shows: every mark, every row, the quotes as written', () => {
        expect(fig.marks.map((m) => m.id)).toEqual(english.marks.map((m) => m.id));
        expect(fig.table.rows.map((r) => r.id)).toEqual(english.table.rows.map((r) => r.id));
        expect(fig.quotes.map((q) => q.quote)).toEqual(english.quotes.map((q) => q.quote));
        expect(fig.citations).toEqual(english.citations);
      });
    },
  );
});

import { describe, expect, it } from 'vitest';
import { buildNuclearFigure } from '../../src/charts/nuclear/nuclearModel';
import { DATA, input } from '../helpers/charts';

const nuclear = DATA.nuclear;

const ENGLISH =
  /\b(the|and|of|in|from|with|by|per|since|between|years?|plants?|steps?|uranium|fuel|source|owners?|about|at least|billion|tonnes|deliveries|to)\b/i;

describe.each(['ru', 'kk', 'zh'] as const)('nuclear in %s', (lang) => {
  describe.each([360, 960])('at width %i', (width) => {
    const fig = buildNuclearFigure(input('nuclear', { size: { width }, lang }));

    it('has no English words in its source line and table', () => {
      // The source line: only publishers' names may be English.
      expect(fig.text.source).not.toMatch(/^Source|article|citing/);
      for (const row of fig.table.rows) {
        expect(row.cells.topic).not.toMatch(ENGLISH);
        expect(row.cells.item).not.toMatch(/\b(World|Owner|Deliveries|Plants)\b/);
        expect(row.cells.value).not.toMatch(/\b(at least|billion|from Kazakhstan|a year)\b/);
      }
    });

    it('puts plot labels and tooltips into the language', () => {
      for (const l of fig.plot.labels) {
        if (l.text.startsWith('“')) continue; // the article's quote, in English
        expect(l.text).not.toMatch(/\b(Plants? planned|Steps|Site|Cost|Completion|Capacity)\b/);
      }
      for (const m of fig.marks) {
        expect(m.label).not.toMatch(/\. Source: /);
        expect(m.tooltip.heading).not.toMatch(ENGLISH);
        expect(m.tooltip.value).not.toMatch(/\b(from Kazakhstan|supplies|deliveries)\b/);
      }
    });

    it('formats numbers in the language’s way', () => {
      const referendum = fig.table.rows.filter((r) => r.id.startsWith('figure-'));
      const capacity = fig.table.rows.find((r) => r.id === 'npp1-capacity');
      if (lang === 'zh') {
        expect(referendum.map((r) => r.cells.value)).toContain('71.12%');
        expect(capacity?.cells.value).toBe('2.4吉瓦');
        expect(fig.table.rows.find((r) => r.id === 'npp1-cost')?.cells.value).toContain(
          '140—150亿美元',
        );
      } else {
        expect(referendum.map((r) => r.cells.value)).toContain('71,12\u00a0%');
        expect(capacity?.cells.value).toBe('2,4 ГВт');
        expect(fig.summary).toMatch(/51\u00a0%/);
      }
    });
  });

  it('keeps every fact of the English summary', () => {
    const fig = buildNuclearFigure(input('nuclear', { size: { width: 960 }, lang }));
    for (const n of ['2022', '43', '51', '49', '2035', '2036']) expect(fig.summary).toContain(n);
    expect(fig.text.title).toContain(lang === 'zh' ? '中核集团' : 'CNNC');
  });

  it('colours China’s leads and shares as China, whatever the language', () => {
    const english = buildNuclearFigure(input('nuclear', { size: { width: 960 } }));
    const fig = buildNuclearFigure(input('nuclear', { size: { width: 960 }, lang }));
    expect(fig.plot.slots.map((s) => s.accent)).toEqual(english.plot.slots.map((s) => s.accent));
    expect(fig.plot.bars.map((b) => b.segments.map((s) => s.color))).toEqual(
      english.plot.bars.map((b) => b.segments.map((s) => s.color)),
    );
  });
});

describe('the supplier quote in another language', () => {
  it('stays in English, marked so, with the reader’s translation under it', () => {
    const translate = (q: string) =>
      q === nuclear.fuel.supplier.quote ? '哈萨克斯坦是可靠的供应方' : undefined;
    const fig = buildNuclearFigure({
      ...input('nuclear', { size: { width: 960 }, lang: 'zh' }),
      translateQuote: translate,
    });
    const quoted = fig.plot.labels.filter((l) => l.italic);
    expect(quoted.map((l) => l.text).join(' ')).toContain('reliable supplier');
    expect(quoted.every((l) => l.lang === 'en')).toBe(true);
    const after = fig.plot.labels[fig.plot.labels.findLastIndex((l) => l.italic) + 1];
    expect(after?.text).toBe('（译文：哈萨克斯坦是可靠的供应方）');
    expect(after?.lang).toBeUndefined();
    // In English there is nothing to translate.
    const english = buildNuclearFigure({
      ...input('nuclear', { size: { width: 960 }, lang: 'en' }),
      translateQuote: translate,
    });
    expect(english.plot.labels.some((l) => l.text.includes('可靠'))).toBe(false);
    expect(english.plot.labels.filter((l) => l.italic).every((l) => l.lang === undefined)).toBe(
      true,
    );
  });
});

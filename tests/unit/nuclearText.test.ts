import { describe, expect, it } from 'vitest';
import { buildNuclearFigure } from '../../src/charts/nuclear/nuclearModel';
import { en, TEXT } from '../../src/charts/nuclear/text';
import { localizeData } from '../../src/i18n/dataText';
import { LANGUAGES } from '../../src/i18n/languages';
import { nuclearSchema } from '../../src/schema/nuclear';
import { readData, sourceIndex } from '../helpers/data';
import { dataTextsFor, frameWords, HAN, KAZAKH_LETTERS } from '../helpers/languages';

const sources = sourceIndex();
const nuclear = nuclearSchema.parse(readData('nuclear.json'));

const ENGLISH =
  /\b(the|and|of|in|from|with|by|per|since|between|years?|plants?|steps?|uranium|fuel|source|owners?|about|at least|billion|tonnes|deliveries|to)\b/i;
const KAZAKH = KAZAKH_LETTERS;
const CJK = HAN;

describe.each(['ru', 'kk', 'zh'] as const)('nuclear in %s', (lang) => {
  const data = localizeData('nuclear', nuclear, dataTextsFor(lang));

  describe.each([360, 960])('at width %i', (width) => {
    const fig = buildNuclearFigure(data, sources, { width }, {}, lang);
    const words = frameWords(fig);

    it('has no English words in its title, legend, table and summary', () => {
      for (const w of words) expect(w).not.toMatch(ENGLISH);
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

    it('writes in the language’s script', () => {
      for (const w of words) {
        if (lang === 'zh') expect(w).toMatch(CJK);
        else expect(w).toMatch(/[а-яё]/i);
      }
      if (lang === 'kk') {
        for (const w of [fig.text.title, fig.text.subtitle, fig.table.caption, fig.summary]) {
          expect(w).toMatch(KAZAKH);
        }
      }
      if (lang === 'zh') {
        for (const w of [fig.text.title, fig.text.subtitle, fig.table.caption, fig.summary]) {
          // No spaces between Chinese characters, and full-width punctuation.
          expect(w).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
          expect(w).not.toMatch(/[\u4e00-\u9fff][,:;]/);
        }
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
    const fig = buildNuclearFigure(data, sources, { width: 960 }, {}, lang);
    for (const n of ['2022', '43', '51', '49', '2035', '2036']) expect(fig.summary).toContain(n);
    expect(fig.text.title).toContain(lang === 'zh' ? '中核集团' : 'CNNC');
  });

  it('colours China’s leads and shares as China, whatever the language', () => {
    const english = buildNuclearFigure(nuclear, sources, { width: 960 });
    const fig = buildNuclearFigure(data, sources, { width: 960 }, {}, lang);
    expect(fig.plot.slots.map((s) => s.accent)).toEqual(english.plot.slots.map((s) => s.accent));
    expect(fig.plot.bars.map((b) => b.segments.map((s) => s.color))).toEqual(
      english.plot.bars.map((b) => b.segments.map((s) => s.color)),
    );
  });
});

describe('nuclear text packs', () => {
  it('cover every English key', () => {
    for (const pack of LANGUAGES.map((lang) => TEXT(lang))) {
      expect(Object.keys(pack).sort()).toEqual(Object.keys(en).sort());
    }
  });
});

describe('the supplier quote in another language', () => {
  it('stays in English, marked so, with the reader’s translation under it', () => {
    const translate = (q: string) =>
      q === nuclear.fuel.supplier.quote ? '哈萨克斯坦是可靠的供应方' : undefined;
    const fig = buildNuclearFigure(nuclear, sources, { width: 960 }, {}, 'zh', translate);
    const quoted = fig.plot.labels.filter((l) => l.italic);
    expect(quoted.map((l) => l.text).join(' ')).toContain('reliable supplier');
    expect(quoted.every((l) => l.lang === 'en')).toBe(true);
    const after = fig.plot.labels[fig.plot.labels.findLastIndex((l) => l.italic) + 1];
    expect(after?.text).toBe('（译文：哈萨克斯坦是可靠的供应方）');
    expect(after?.lang).toBeUndefined();
    // In English there is nothing to translate.
    const english = buildNuclearFigure(nuclear, sources, { width: 960 }, {}, 'en', translate);
    expect(english.plot.labels.some((l) => l.text.includes('可靠'))).toBe(false);
    expect(english.plot.labels.filter((l) => l.italic).every((l) => l.lang === undefined)).toBe(
      true,
    );
  });
});

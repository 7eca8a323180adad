import { describe, expect, it } from 'vitest';
import { buildMilestonesFigure } from '../../src/charts/milestones/milestonesModel';
import { en, TEXT } from '../../src/charts/milestones/text';
import { localizeData } from '../../src/i18n/dataText';
import { milestonesSchema } from '../../src/schema/milestones';
import { readData, sourceIndex } from '../helpers/data';
import { dataTextsFor, frameWords, HAN, KAZAKH_LETTERS } from '../helpers/languages';

const sources = sourceIndex();
const milestones = milestonesSchema.parse(readData('milestones.json'));

const ENGLISH =
  /\b(the|and|of|in|from|with|by|per|since|between|years?|milestones?|events?|source|date|theme|dated|highlighted|them|to)\b/i;
const KAZAKH = KAZAKH_LETTERS;
const CJK = HAN;

describe.each(['ru', 'kk', 'zh'] as const)('milestones in %s', (lang) => {
  const data = localizeData('milestones', milestones, dataTextsFor(lang));

  describe.each([360, 960])('at width %i', (width) => {
    const fig = buildMilestonesFigure(data, sources, { width }, {}, lang);
    const words = frameWords(fig);

    it('has no English words in its title, legend, table and summary', () => {
      for (const w of words) expect(w).not.toMatch(ENGLISH);
      // The source line: only publishers' names may be English.
      expect(fig.text.source).not.toMatch(/^Source/);
      for (const row of fig.table.rows) {
        expect(row.cells.event).not.toMatch(/\b(Chinese tourists|Change on)\b/);
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

    it('states the same counts as the English', () => {
      const enFig = buildMilestonesFigure(milestones, sources, { width });
      const counts = /^(\d+) milestones since (\d{4}), (\d+) of them/.exec(enFig.text.title);
      expect(counts).not.toBeNull();
      for (const n of counts?.slice(1) ?? []) expect(fig.text.title).toContain(n);
      expect(fig.marks).toHaveLength(enFig.marks.length);
      expect(fig.table.rows).toHaveLength(enFig.table.rows.length);
    });

    it('formats numbers and dates in the language', () => {
      const tourists = fig.table.rows.find((r) => r.id === 'tourists-2024')?.cells.event ?? '';
      if (lang === 'zh') {
        expect(tourists).toContain('367,000');
        expect(tourists).toContain('（');
        expect(fig.table.rows[0]?.cells.date).toBe('1992年1月3日');
      } else {
        // A space (not a comma) groups thousands; the percent sign stands apart.
        expect(tourists).toMatch(/367\s000/);
        expect(tourists).toMatch(/\+78\s%/);
        expect(tourists).not.toContain('367,000');
      }
      if (lang === 'ru') expect(fig.table.rows[0]?.cells.date).toBe('3 января 1992 г.');
      if (lang === 'kk') expect(fig.table.rows[0]?.cells.date).toBe('1992 ж. 3 қаңтар');
      const mark = fig.marks.find((m) => m.id === 'event-tourists-2024');
      expect(mark?.label).toContain(tourists.slice(tourists.indexOf('367')).replace(/[)）]$/, ''));
    });

    it('labels marks in the language, quotes staying in English', () => {
      for (const mk of fig.marks) expect(mk.label).not.toMatch(/\bSource:/);
      const quote = fig.quotes.find((q) => q.sourceId === 'article');
      expect(quote?.quote).toMatch(/Xi Jinping/);
      for (const q of fig.quotes) expect(q.supports).not.toMatch(/\bevent of\b/);
    });
  });
});

describe('milestones text packs', () => {
  it('agree Russian nouns with their numbers', () => {
    expect(TEXT('ru').title(21, 1992, 2, 2024, 2026)).toMatch(/^21 веха /);
    expect(TEXT('ru').title(22, 1992, 11, 2024, 2026)).toBe(
      '22 вехи с 1992 года, из них 11 — в 2024–2026 годах',
    );
    expect(TEXT('ru').title(25, 1992, 11, 2024, 2026)).toMatch(/^25 вех /);
    expect(TEXT('ru').summarySpan(21, 'a', 'b', 'c', 'd', [])).toMatch(/21 датированное событие:/);
    expect(TEXT('ru').summarySpan(24, 'a', 'b', 'c', 'd', [])).toMatch(/24 датированных события:/);
    expect(TEXT('ru').summarySpan(25, 'a', 'b', 'c', 'd', [])).toMatch(/25 датированных событий:/);
  });

  it('cuts long plot labels in every language', () => {
    expect(en.plotLabel('Short title')).toBe('Short title');
    const zh = TEXT('zh').plotLabel(
      '俄罗斯国家原子能公司获选牵头建设首座核电站，中核集团牵头建设另一座',
    );
    expect(zh.endsWith('…')).toBe(true);
    expect(zh.length).toBeLessThanOrEqual(23);
  });
});

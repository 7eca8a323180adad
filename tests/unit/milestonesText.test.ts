import { describe, expect, it } from 'vitest';
import { buildMilestonesFigure } from '../../src/charts/milestones/milestonesModel';
import { en } from '../../src/charts/milestones/text';
import { ru } from '../../src/charts/milestones/text.ru';
import { zh as zhText } from '../../src/charts/milestones/text.zh';
import { input } from '../helpers/charts';

describe.each(['ru', 'kk', 'zh'] as const)('milestones in %s', (lang) => {
  describe.each([360, 960])('at width %i', (width) => {
    const fig = buildMilestonesFigure(input('milestones', { size: { width }, lang }));

    it('has no English in its source line and events', () => {
      // The source line: only publishers' names may be English.
      expect(fig.text.source).not.toMatch(/^Source/);
      for (const row of fig.table.rows) {
        expect(row.cells.event).not.toMatch(/\b(Chinese tourists|Change on)\b/);
      }
    });

    it('states the same counts as the English', () => {
      const enFig = buildMilestonesFigure(input('milestones', { size: { width } }));
      const counts = /^(\d+) milestones since (\d{4}), (\d+) of them/.exec(enFig.text.title);
      expect(counts).not.toBeNull();
      for (const n of counts?.slice(1) ?? []) expect(fig.text.title).toContain(n);
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
      if (lang === 'ru') expect(fig.table.rows[0]?.cells.date).toBe('3\u00a0января 1992\u00a0г.');
      if (lang === 'kk') expect(fig.table.rows[0]?.cells.date).toBe('1992\u00a0ж. 3\u00a0қаңтар');
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
    expect(ru.title(21, 1992, 2, 2024, 2026)).toMatch(/^21 веха /);
    expect(ru.title(22, 1992, 11, 2024, 2026)).toBe(
      '22 вехи с 1992 года, из них 11 — в 2024–2026 годах',
    );
    expect(ru.title(25, 1992, 11, 2024, 2026)).toMatch(/^25 вех /);
    expect(ru.summarySpan(21, 'a', 'b', 'c', 'd', [])).toMatch(/21 датированное событие:/);
    expect(ru.summarySpan(24, 'a', 'b', 'c', 'd', [])).toMatch(/24 датированных события:/);
    expect(ru.summarySpan(25, 'a', 'b', 'c', 'd', [])).toMatch(/25 датированных событий:/);
  });

  it('says how many years pass between two rows, in every language', () => {
    expect(en.gap(7)).toBe('+7 years');
    expect(ru.gap(5)).toBe('+5 лет');
    expect(ru.gap(3)).toBe('+3 года');
    expect(zhText.gap(7)).toBe('+7年');
  });
});

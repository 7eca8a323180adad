import { describe, expect, it } from 'vitest';
import { buildAgreementsFigure } from '../../src/charts/agreements/agreementsModel';
import { ru } from '../../src/charts/agreements/text.ru';
import type { OtherLanguage } from '../../src/i18n/languages';
import { DATA, input } from '../helpers/charts';

const english = DATA.agreements;

const ENGLISH_WORDS =
  /\b(the|and|of|in|on|at|to|from|with|by|per|since|between|years?|documents?|signed|sectors?|themes?|named|not|published|source|level|article)\b/i;
const CJK = /[\u4e00-\u9fff]/;
const KAZAKH = /[әғқңөұүһі]/i;

function figure(lang: OtherLanguage, width: number) {
  return buildAgreementsFigure(input('agreements', { size: { width }, lang }));
}

/** The words a reader sees in the plot and its tooltips: all must be in the reader's language. */
function visibleWords(fig: ReturnType<typeof figure>): string[] {
  return [
    ...fig.plot.notes.map((n) => n.text),
    ...fig.plot.themes.map((t) => t.label),
    ...fig.plot.pills.map((p) => p.label),
    ...fig.table.rows.flatMap((r) => [
      r.cells.item ?? '',
      r.cells.group ?? '',
      r.cells.documents ?? '',
    ]),
    ...fig.marks.flatMap((m) => [m.tooltip.heading, m.tooltip.value]),
  ];
}

describe('agreements text packs', () => {
  for (const lang of ['ru', 'kk', 'zh'] as const) {
    for (const width of [360, 960]) {
      describe(`${lang} at ${width} px`, () => {
        const fig = figure(lang, width);

        it('has no English words in what the reader sees', () => {
          for (const text of visibleWords(fig)) expect(text).not.toMatch(ENGLISH_WORDS);
        });

        it('keeps the counts and the date', () => {
          expect(fig.text.title).toContain('24');
          expect(fig.text.title).toContain('12');
          expect(fig.summary).toContain('24');
          expect(fig.table.caption).toContain('2025');
          expect(fig.plot.units).toHaveLength(24);
          expect(fig.plot.pills).toHaveLength(12);
        });

        it('keeps the quotes in English', () => {
          const quoted = fig.marks.find((m) => m.id === 'total')?.tooltip.quote;
          expect(quoted).toContain(english.total.quote ?? '');
          expect(fig.quotes.map((q) => q.quote)).toContain(english.total.quote);
        });

        if (lang === 'zh') {
          it('is in Chinese, unspaced, with full-width punctuation', () => {
            for (const text of [fig.text.title, fig.text.subtitle, fig.summary])
              expect(text).toMatch(CJK);
            expect(fig.text.title).toBe('哈萨克斯坦与中国2025年6月16日签署24份文件，涉及12个领域');
            expect(fig.summary).not.toMatch(/[\u4e00-\u9fff。，：] [\u4e00-\u9fff]/);
            expect(fig.summary).not.toMatch(/[,:;.](?!\d)/);
            expect(fig.summary).toContain('《关于促进和相互保护投资的协定》');
            expect(fig.table.caption).toContain('2025年6月16日');
          });
        } else {
          it('uses Cyrillic and the language’s own forms', () => {
            for (const text of [fig.text.title, fig.text.subtitle, fig.summary])
              expect(text).toMatch(/[а-яё]/i);
          });
        }

        if (lang === 'ru') {
          it('agrees in number and case', () => {
            expect(fig.text.title).toBe(
              'Казахстан и Китай 16\u00a0июня 2025\u00a0г. подписали 24 документа в 12 сферах',
            );
            expect(fig.summary).toContain('подписали 24 документа');
            expect(fig.summary).toContain('Документы охватывают 12 сфер, названных в статье');
            expect(fig.summary).toContain('объединены в 4 темы');
            expect(fig.summary).toContain('Поименно названы 2 документа');
            // Acronyms keep their capitals when a label is lowered.
            expect(fig.summary).toContain('СМИ');
            expect(fig.plot.notes.map((n) => n.text).join(' ')).toContain('24 документа');
            const named = fig.marks.find((m) => m.id.startsWith('named-'));
            expect(named?.tooltip.value).toBe('Уровень подписания: межправительственный');
            expect(named?.label).toContain('на межправительственном уровне');
          });
        }

        if (lang === 'kk') {
          it('is in Kazakh, with its own letters', () => {
            for (const text of [
              fig.text.title,
              fig.text.subtitle,
              fig.summary,
              fig.table.caption,
              ...fig.text.legend.map((l) => l.label),
            ])
              expect(text).toMatch(KAZAKH);
            expect(fig.text.title).toBe(
              'Қазақстан мен Қытай 2025\u00a0ж. 16\u00a0маусым күні 12 сала бойынша 24 құжатқа қол қойды',
            );
            expect(fig.summary).toContain('Астана қаласында');
          });
        }
      });
    }
  }

  it('formats counts in each language (ru, kk: space-grouped thousands), with Russian plurals', () => {
    // The data have no decimals; the packs pass counts through the locale's formatter.
    const big = { ...english, total: { ...english.total, value: 1500 } };
    for (const lang of ['ru', 'kk'] as const) {
      const fig = buildAgreementsFigure(
        input('agreements', { datasets: { agreements: big }, size: { width: 960 }, lang }),
      );
      expect(fig.text.title).toMatch(/1\s500/u);
      expect(fig.text.title).not.toContain('1,500');
    }
    expect(ru.plot.documents(1)).toBe('1 документ');
    expect(ru.plot.documents(3)).toBe('3 документа');
    expect(ru.plot.documents(21)).toBe('21 документ');
    expect(ru.summary.themes(1, 'x')).toBe('Сферы объединены в 1 тему: x.');
    expect(ru.summary.named(1, 'x')).toBe(
      'Поименно назван 1 документ межправительственного уровня: x.',
    );
  });
});

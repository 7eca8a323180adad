import { describe, expect, it } from 'vitest';
import { en } from '../../src/charts/trade/text';
import { kk } from '../../src/charts/trade/text.kk';
import { ru } from '../../src/charts/trade/text.ru';
import { zh } from '../../src/charts/trade/text.zh';
import { buildTradeFigure, summariseTrade } from '../../src/charts/trade/tradeModel';
import { localizeData } from '../../src/i18n/dataText';
import type { OtherLanguage } from '../../src/i18n/languages';
import type { Trade } from '../../src/schema/trade';
import { DATA, input, wordsFor } from '../helpers/charts';

const trade = DATA.trade;
const PACKS = { en, ru, kk, zh };

/** English function words, and this chart's own English words. */
const ENGLISH =
  /\b(the|and|of|in|from|with|by|per|since|between|years?|trade|record|source|series|article|china|kazakhstan|customs|statistics|billion|gap|up|down|unchanged)\b/i;

function build(lang: OtherLanguage, width: number) {
  return buildTradeFigure(input('trade', { size: { width }, lang }));
}

describe('the trade chart in every language', () => {
  for (const lang of ['ru', 'kk', 'zh'] as const) {
    for (const width of [360, 960]) {
      describe(`${lang} at ${String(width)} px`, () => {
        const fig = build(lang, width);

        it('puts its plot labels and tooltips into the language', () => {
          const labels = [
            fig.plot.headline.label,
            ...fig.marks.map((m) => m.tooltip.heading),
            ...fig.table.rows.map((r) => r.cells.series ?? ''),
            ...fig.quotes.map((q) => q.supports),
            fig.plot.gap?.label?.text ?? '',
            fig.plot.growth?.text ?? '',
          ].filter((l) => l !== '');
          for (const l of labels) expect(l).not.toMatch(ENGLISH);
        });

        it('formats numbers the language’s way', () => {
          const cn2024 = fig.table.rows.find((r) => r.id === 'cn-customs-2024');
          if (lang === 'zh') {
            expect(fig.summary).toContain('438.2亿美元');
            expect(cn2024?.cells.value).toBe('43.82');
            expect(fig.plot.headline.label).toContain('440亿美元');
          } else {
            expect(fig.summary).toContain('43,82 млрд');
            expect(fig.summary).not.toMatch(/\d\.\d/);
            expect(cn2024?.cells.value).toBe('43,82');
            expect(fig.table.rows.find((r) => r.id === 'kz-stats-2019')?.cells.value).toBe('≈14,5');
            expect(fig.summary).toContain('54\u00a0%');
          }
        });

        it('keeps the article’s quote in English', () => {
          expect(fig.marks.find((m) => m.id === 'record')?.tooltip.quote).toContain(
            'a record $44 billion',
          );
        });
      });
    }
  }

  it('writes Chinese without spaces between words and with full-width punctuation', () => {
    const fig = build('zh', 960);
    for (const text of [fig.text.title, fig.text.subtitle, fig.summary]) {
      expect(text).not.toMatch(/ /);
      expect(text).not.toMatch(/[,;:.](?!\d)/);
    }
    expect(fig.summary).toMatch(/。$/);
  });

  it('puts the names and the record in place in each title', () => {
    expect(build('ru', 960).text.title).toBe(
      'Товарооборот Казахстана и Китая в 2024 году составил рекордные 44 млрд долларов',
    );
    expect(build('kk', 960).text.title).toBe(
      'Қазақстан мен Қытай арасындағы тауар айналымы 2024 жылы рекордтық 44 млрд доллар болды',
    );
    expect(build('zh', 960).text.title).toBe('2024年中哈贸易额达到创纪录的440亿美元');
  });

  it('puts the article’s date into each language’s sentence', () => {
    const summary = (lang: OtherLanguage, date: string | null) =>
      summariseTrade(localizeData('trade', trade, wordsFor(lang)), date, PACKS[lang], lang);
    expect(summary('ru', '2025-06-16')).toContain(
      'Согласно статье от 16\u00a0июня 2025\u00a0г., в 2024 году',
    );
    expect(summary('ru', '2023-12')).toContain('Согласно статье декабря 2023 г.,');
    expect(summary('ru', null)).toContain('Согласно статье, в 2024 году');
    expect(summary('kk', '2025-06-16')).toContain('2025 жылғы 16 маусымдағы мақалада');
    expect(summary('kk', null)).toContain('Мақалада 2024 жылғы');
    expect(summary('zh', '2025-06-16')).toContain('2025年6月16日的报道称，');
    expect(summary('zh', null)).toContain('。报道称，2024年');
  });

  it('names a lone year, a fall and no change in every language', () => {
    const variant = (mutate: (t: Trade) => void): Trade => {
      const copy = structuredClone(trade);
      mutate(copy);
      return copy;
    };
    const lone = variant((t) => {
      const kz = t.series[1];
      if (kz) kz.points = kz.points.slice(-1);
    });
    const fall = variant((t) => {
      const cn = t.series[0];
      if (cn?.points[0]) cn.points[0].value = 87.64;
    });
    for (const lang of ['ru', 'kk', 'zh'] as const) {
      const only = summariseTrade(
        localizeData('trade', lone, wordsFor(lang)),
        null,
        PACKS[lang],
        lang,
      );
      const down = summariseTrade(
        localizeData('trade', fall, wordsFor(lang)),
        null,
        PACKS[lang],
        lang,
      );
      expect(only).not.toMatch(ENGLISH);
      expect(down).not.toMatch(ENGLISH);
      expect(down).toContain(PACKS[lang].change.fall(lang === 'zh' ? '50%' : '50\u00a0%'));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { implementation } from '../../src/charts/map/implementation';
import { buildMapFigure, type MapData } from '../../src/charts/map/mapModel';
import { en, TEXT } from '../../src/charts/map/text';
import kkTexts from '../../src/i18n/data/kk.json';
import ruTexts from '../../src/i18n/data/ru.json';
import zhTexts from '../../src/i18n/data/zh.json';
import { localizeData } from '../../src/i18n/dataText';
import type { Language } from '../../src/i18n/languages';
import type { RegionTopology } from '../../src/queries/datasets';
import { placesSchema } from '../../src/schema/places';
import { tradeSchema } from '../../src/schema/trade';
import { readData, regionGeometry, sourceIndex } from '../helpers/data';
import { frameWords } from '../helpers/languages';

const sources = sourceIndex();
const english: MapData = {
  places: placesSchema.parse(readData('places.json')),
  trade: tradeSchema.parse(readData('trade.json')),
  geometry: JSON.parse(regionGeometry()) as RegionTopology,
};

/** The data as the app gives it to a reader of `lang`: each dataset's words in that language. */
function localized(texts: Record<string, string>): MapData {
  return {
    places: localizeData('places', english.places, texts),
    trade: localizeData('trade', english.trade, texts),
    geometry: localizeData('geometry', english.geometry, texts),
  };
}

const ENGLISH_WORDS = /\b(the|and|of|in|from|with|by|per|since|between|years?|to|trade|places?)\b/i;
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const CJK = /\p{Script=Han}/u;
const LATIN_WORD = /\p{Script=Latin}{2,}/u;

const cases: [Exclude<Language, 'en'>, Record<string, string>][] = [
  ['ru', ruTexts],
  ['kk', kkTexts],
  ['zh', zhTexts],
];

describe('map text in each language', () => {
  for (const [lang, texts] of cases) {
    const data = localized(texts);
    for (const width of [360, 960]) {
      describe(`${lang} at ${String(width)} px`, () => {
        const fig = implementation.build(data, {
          sources,
          size: { width },
          selection: {},
          lang,
        });
        const words = [
          ...frameWords(fig),
          ...fig.plot.countryLabels.map((c) => c.text),
          fig.plot.trade?.label.text ?? '',
        ];

        it('has no English words in the title, legend, table headings, summary or plot', () => {
          for (const w of words) expect(w).not.toMatch(ENGLISH_WORDS);
          // Natural Earth is the boundaries' publisher, named as it names itself.
          for (const w of words) expect(w.replace(/Natural Earth/g, '')).not.toMatch(LATIN_WORD);
        });

        it('writes in the language’s own script', () => {
          if (lang === 'zh') {
            for (const w of words) expect(w).toMatch(CJK);
            // Chinese sentences: full-width punctuation, no spaces between words.
            expect(fig.summary).not.toMatch(/[,;:.]\s|\p{Script=Han} \p{Script=Han}/u);
            expect(fig.summary).toMatch(/。$/);
          } else {
            for (const w of words) expect(w).toMatch(/\p{Script=Cyrillic}/u);
          }
          if (lang === 'kk') {
            for (const s of [fig.text.title, fig.text.subtitle, fig.table.caption, fig.summary]) {
              expect(s).toMatch(KAZAKH_LETTERS);
            }
          }
        });

        it('keeps names capitalised where a quote’s use is named', () => {
          expect(fig.quotes.map((q) => q.supports)).toContain(
            {
              ru: 'Астана: Официальный визит Си Цзиньпина и подписание 24 документов',
              kk: 'Астана: Си Цзиньпиннің ресми сапары және 24 құжатқа қол қою',
              zh: '阿斯塔纳：习近平正式访问，双方签署24份文件',
            }[lang],
          );
        });

        it('labels the countries on the map', () => {
          expect(fig.plot.countryLabels.map((c) => c.text)).toEqual([
            TEXT(lang).countryLabels.kz,
            TEXT(lang).countryLabels.cn,
          ]);
          expect(fig.plot.countryLabels.map((c) => c.text)).toEqual(
            {
              ru: ['КАЗАХСТАН', 'КИТАЙ'],
              kk: ['ҚАЗАҚСТАН', 'ҚЫТАЙ'],
              zh: ['哈萨克斯坦', '中国'],
            }[lang],
          );
        });

        it('formats numbers in the language’s way', () => {
          if (lang === 'zh') {
            expect(fig.summary).toContain('2024年为438.2亿美元');
            expect(fig.plot.trade?.label.text).toBe('2024年贸易额：438亿美元');
            expect(fig.text.title).toMatch(/^连接哈萨克斯坦与中国的11个地点：/);
          } else {
            expect(fig.summary).toContain('43,82 млрд доллар');
            expect(fig.plot.trade?.label.text).toContain('43,8 млрд $');
            expect(fig.summary).not.toMatch(/\d\.\d/);
          }
          const trade = fig.marks.find((m) => m.id === 'trade-line');
          expect(trade?.tooltip.value).toBe(
            { ru: '43,82 млрд долларов', kk: '43,82 млрд доллар', zh: '438.2亿美元' }[lang],
          );
        });

        it('writes dates in the language and never doubles a full stop', () => {
          const astana = fig.marks.find((m) => m.id === 'place-astana');
          expect(astana?.label).toContain(
            {
              ru: '(16 июня 2025 г.)',
              kk: '(2025 ж. 16 маусым)',
              zh: '（2025年6月16日）',
            }[lang],
          );
          for (const m of fig.marks) expect(m.label).not.toMatch(/\.\.|。。/);
          expect(fig.text.source).not.toMatch(/\.\.|。。/);
          for (const m of fig.marks) expect(m.label).not.toMatch(/\bSource\b|undated/);
          for (const r of fig.table.rows) {
            expect(r.cells.country).toBe(
              r.id.startsWith('beijing') ||
                r.id.startsWith('khorgos') ||
                r.id.startsWith('alashankou') ||
                r.id.startsWith('xian')
                ? TEXT(lang).countries.cn
                : TEXT(lang).countries.kz,
            );
            expect(r.cells.source).not.toMatch(/undated|unknown source/);
          }
        });
      });
    }
  }

  it('agrees in number in Russian', () => {
    const ru = TEXT('ru');
    expect(ru.title(1, '1')).toMatch(/^1 место, связывающее /);
    expect(ru.title(3, '3')).toMatch(/^3 места, связывающих /);
    expect(ru.title(11, '11')).toMatch(/^11 мест, связывающих /);
    expect(ru.title(21, '21')).toMatch(/^21 место, связывающее /);
    expect(ru.summary.places(11, '11', 'x')).toContain('отмечено 11 мест, связывающих');
    expect(ru.summary.places(2, '2', 'x')).toContain('отмечены 2 места, связывающих');
  });

  it('keeps the English figure as it was', () => {
    const fig = buildMapFigure(english, sources, { width: 960 });
    expect(fig.text.title).toBe(en.title(11, '11'));
    expect(fig.text.title).toBe(
      '11 places that tie Kazakhstan and China, from border crossings to classrooms',
    );
    expect(fig.plot.countryLabels.map((c) => c.text)).toEqual(['KAZAKHSTAN', 'CHINA']);
    expect(fig.summary).toMatch(/^A map of Kazakhstan and China with 11 places that tie them: /);
  });
});

import { readFileSync } from 'node:fs';
import { charts } from '../../src/charts/registry';
import { describe, expect, it } from 'vitest';
import { dataTexts, localizeData } from '../../src/i18n/dataText';
import kk from '../../src/i18n/data/kk.json';
import ru from '../../src/i18n/data/ru.json';
import zh from '../../src/i18n/data/zh.json';
import { fromPreferences, parseLanguage } from '../../src/i18n/languages';
import { inUnicodeRange } from '../../src/export/fonts';
import { en as enMessages } from '../../src/i18n/messages/en';
import { kk as kkMessages } from '../../src/i18n/messages/kk';
import { ru as ruMessages } from '../../src/i18n/messages/ru';
import { zh as zhMessages } from '../../src/i18n/messages/zh';

const MESSAGES = { en: enMessages, ru: ruMessages, kk: kkMessages, zh: zhMessages };

const names = ['agreements', 'nuclear', 'places', 'milestones', 'trade'] as const;
const datasets = Object.fromEntries(
  names.map((n) => [n, JSON.parse(readFileSync(`data/${n}.json`, 'utf8')) as unknown]),
);
const english = dataTexts(datasets);
const languages = { ru, kk, zh } as Record<string, Record<string, string>>;

describe('the datasets’ words in every language', () => {
  it('finds the texts to translate, and no quote, id, date or code among them', () => {
    expect(Object.keys(english).length).toBeGreaterThan(100);
    expect(english['places.places.astana.name']).toBe('Astana');
    expect(english['agreements.sectors.items.energy.label']).toBe('Energy');
    expect(Object.keys(english).some((k) => /\.(quote|id|date|source|kind)$/.test(k))).toBe(false);
  });

  for (const [lang, texts] of Object.entries(languages)) {
    it(`${lang}: every text has a translation, and nothing else is there`, () => {
      expect(Object.keys(texts).filter((k) => !(k in english))).toEqual([]);
      expect(Object.keys(english).filter((k) => !(k in texts))).toEqual([]);
      for (const [key, value] of Object.entries(texts)) {
        expect(value.trim(), key).not.toBe('');
      }
    });
  }

  it('uses the accepted spellings and Kazakh letters', () => {
    expect(ru['places.places.astana.name']).toBe('Астана');
    expect(kk['places.places.astana.name']).toBe('Астана');
    expect(zh['places.places.astana.name']).toBe('阿斯塔纳');
    expect(kk['places.places.oskemen.name']).toBe('Өскемен');
    expect(kk['places.places.khorgos.name']).toBe('Қорғас');
    expect(Object.values(kk).join(' ')).toMatch(/[әғқңөұүһі]/);
    expect(ru['nuclear.steps.leaders-meeting.label']).toContain('Токаев');
    expect(kk['nuclear.steps.leaders-meeting.label']).toContain('Тоқаев');
    expect(zh['nuclear.steps.leaders-meeting.label']).toContain('托卡耶夫');
  });

  it('puts a language into a dataset, leaving quotes, ids and numbers as they are', () => {
    const places = localizeData('places', datasets.places, ru) as {
      places: { id: string; name: string; lat: number; features: { quote?: string }[] }[];
    };
    const astana = places.places.find((p) => p.id === 'astana');
    expect(astana?.name).toBe('Астана');
    expect(astana?.lat).toBe(51.1667);
    const original = (datasets.places as typeof places).places.find((p) => p.id === 'astana');
    expect(astana?.features[1]?.quote).toBe(original?.features[1]?.quote);
    expect(localizeData('places', datasets.places, {})).toBe(datasets.places);
  });
});

describe('choosing a language', () => {
  it('takes only the four languages, from the reader’s preferences', () => {
    expect(parseLanguage('kk')).toBe('kk');
    expect(parseLanguage('<kk>')).toBeNull();
    expect(fromPreferences(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(fromPreferences(['zh-Hans-CN'])).toBe('zh');
    expect(fromPreferences(['fr'])).toBeNull();
  });

  it('embeds a font face only for the scripts a text uses', () => {
    const kazakh = 'U+0460-052F,U+1C80-1C8A';
    expect(inUnicodeRange('Қазақстан', kazakh)).toBe(true);
    expect(inUnicodeRange('Казахстан', kazakh)).toBe(false);
    expect(inUnicodeRange('abc', 'U+0000-00FF')).toBe(true);
  });
});

describe('the interface’s words', () => {
  it('every language has its own words for every English one', () => {
    for (const lang of ['ru', 'kk', 'zh'] as const) {
      const messages = MESSAGES[lang];
      for (const [key, value] of Object.entries(MESSAGES.en)) {
        const other = (messages as Record<string, unknown>)[key];
        if (typeof value === 'string') expect(other, `${lang}.${key}`).not.toBe(value);
        if (typeof value === 'function') {
          const call = (f: unknown) => (f as (x: string) => string)('2024');
          // Wherever English shows the value, the translation does too.
          if (call(value).includes('2024')) {
            expect(call(other), `${lang}.${key}`).not.toBe(call(value));
            expect(call(other), `${lang}.${key}`).toContain('2024');
          }
        }
      }
      for (const chart of charts) {
        expect(chart.names[lang].name).not.toBe(chart.names.en.name);
        expect(chart.names[lang].description).not.toBe(chart.names.en.description);
        for (const layer of chart.layers) expect(layer.label[lang]).not.toBe(layer.label.en);
      }
    }
    expect(MESSAGES.kk.language).toBe('Тіл');
    expect(MESSAGES.kk.siteTitle).toMatch(/[әғқңөұүһі]/);
  });
});

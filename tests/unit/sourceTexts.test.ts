import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import kk from '../../src/i18n/sources/kk.json';
import ru from '../../src/i18n/sources/ru.json';
import zh from '../../src/i18n/sources/zh.json';
import { localizeSources, quoteKey, sourceTexts } from '../../src/i18n/sourceWords';

const read = (name: string): unknown => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const { sources } = read('sources') as {
  sources: {
    id: string;
    fact: string;
    publisher: string;
    publishedNote?: string;
    quote?: string;
  }[];
};
const datasets = ['agreements', 'nuclear', 'places', 'milestones', 'trade'].map(read);
const english = sourceTexts(sources, datasets);
const languages: Record<string, Record<string, string>> = { ru, kk, zh };

describe('the sources’ words and every quote, in every language', () => {
  it('asks for each source’s fact and publisher, and a translation of every quote', () => {
    expect(english['fact.article']).toMatch(/Tokayev/);
    expect(english['publisher.article']).toBeDefined();
    const quotes = Object.keys(english).filter((k) => k.startsWith('quote.'));
    // Every quote in sources.json and every excerpt of the article in the datasets.
    expect(quotes.length).toBeGreaterThanOrEqual(sources.filter((s) => s.quote).length + 10);
    expect(english[quoteKey('a record $44 billion')]).toBeUndefined();
  });

  for (const [lang, texts] of Object.entries(languages)) {
    it(`${lang}: every key has a translation, and nothing else is there`, () => {
      expect(Object.keys(texts).filter((k) => !(k in english))).toEqual([]);
      expect(Object.keys(english).filter((k) => !(k in texts))).toEqual([]);
      for (const [key, value] of Object.entries(texts)) expect(value.trim(), key).not.toBe('');
    });

    it(`${lang}: the translations are in ${lang}'s script and keep the quotes' figures`, () => {
      const script = lang === 'zh' ? /[\u4e00-\u9fff]/ : /[а-яё]/i;
      const facts = Object.entries(texts).filter(([k]) => k.startsWith('fact.'));
      expect(facts.every(([, v]) => script.test(v))).toBe(true);
      if (lang === 'zh') return; // Chinese writes billions as 亿, so its digits differ.
      for (const [key, value] of Object.entries(texts)) {
        if (!key.startsWith('quote.')) continue;
        const years = (english[key] ?? '').match(/\b(19|20)\d\d\b/g) ?? [];
        for (const year of years) expect(value, `${key}: ${year}`).toContain(year);
      }
    });
  }

  it('uses the accepted spellings and the Kazakh letters', () => {
    expect(ru['fact.article']).toContain('Токаев');
    expect(kk['fact.article']).toContain('Тоқаев');
    expect(zh['fact.article']).toContain('托卡耶夫');
    expect(Object.values(kk).join(' ')).toMatch(/[әғқңөұүһі]/);
  });

  it('puts the sources’ words into the reader’s language, quotes and links untouched', () => {
    const index = {
      byId: new Map(sources.map((s) => [s.id, s])),
      ids: new Set(sources.map((s) => s.id)),
    };
    const local = localizeSources(index as never, kk);
    const article = local.byId.get('article');
    expect(article?.fact).toBe(kk['fact.article']);
    const quoted = sources.find((s) => s.quote);
    expect(local.byId.get(quoted?.id ?? '')?.quote).toBe(quoted?.quote);
    expect(localizeSources(index as never, {})).toBe(index);
  });
});

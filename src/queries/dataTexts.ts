import { queryOptions } from '@tanstack/react-query';
import type { Language } from '../i18n/languages';
import { lazyByLanguage } from '../i18n/lazyByLanguage';

type Texts = Readonly<Record<string, string>>;

const ENGLISH: Texts = {};

/** Each language's words for the datasets, loaded only when that language is chosen. */
const words = lazyByLanguage<Texts>(
  {
    en: () => Promise.resolve(ENGLISH),
    ru: () => both(import('../i18n/data/ru.json'), import('../i18n/sources/ru.json')),
    kk: () => both(import('../i18n/data/kk.json'), import('../i18n/sources/kk.json')),
    zh: () => both(import('../i18n/data/zh.json'), import('../i18n/sources/zh.json')),
  },
  { en: ENGLISH },
);

// The datasets' words and the sources' words (keys `fact.`, `note.`, `publisher.`, `quote.`)
// never share a key, so one map serves both.
async function both(
  data: Promise<{ default: Texts }>,
  sources: Promise<{ default: Texts }>,
): Promise<Texts> {
  const [a, b] = await Promise.all([data, sources]);
  return { ...a.default, ...b.default };
}

/** The data's and the sources' words in `lang`, loaded once. */
export function dataWords(lang: Language): Promise<Texts> {
  return words.load(lang);
}

/** The data's and the sources' texts in `lang`; English is the data itself. */
export function dataTextsQuery(lang: Language) {
  return queryOptions({
    queryKey: ['data-texts', lang] as const,
    queryFn: () => dataWords(lang),
    staleTime: Infinity,
  });
}

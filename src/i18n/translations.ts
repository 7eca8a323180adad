import { queryOptions } from '@tanstack/react-query';
import type { Language } from './languages';

type Texts = Readonly<Record<string, string>>;

/** Each language's words for the datasets, loaded only when that language is chosen. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Texts>> = {
  ru: () => import('./data/ru.json').then((m) => m.default),
  kk: () => import('./data/kk.json').then((m) => m.default),
  zh: () => import('./data/zh.json').then((m) => m.default),
};

const ENGLISH: Texts = {};

/** The data's texts in `lang`; English is the data itself. */
export function dataTextsQuery(lang: Language) {
  return queryOptions({
    queryKey: ['data-texts', lang] as const,
    queryFn: () => (lang === 'en' ? Promise.resolve(ENGLISH) : loaders[lang]()),
    staleTime: Infinity,
  });
}

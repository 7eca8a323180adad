import { chartTextsLoaded, loadChartTexts } from '../chartTexts';
import type { Language } from '../languages';
import { en, type Messages } from './en';

/**
 * English ships with the page; each other language's words load when a reader picks it, so no
 * reader downloads the three packs they do not read.
 */
const loaded = new Map<Language, Messages>([['en', en]]);

const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  ru: () => import('./ru').then((m) => m.ru),
  kk: () => import('./kk').then((m) => m.kk),
  zh: () => import('./zh').then((m) => m.zh),
};

/** The pack for `lang` if it has loaded, with the charts' words in that language. */
export function loadedMessages(lang: Language): Messages | undefined {
  return chartTextsLoaded(lang) ? loaded.get(lang) : undefined;
}

/** The interface's words and the charts' words: a language shows once both have arrived. */
export async function loadMessages(lang: Language): Promise<Messages> {
  const [pack] = await Promise.all([
    loaded.get(lang) ?? loaders[lang as Exclude<Language, 'en'>](),
    loadChartTexts(lang),
  ]);
  loaded.set(lang, pack);
  return pack;
}

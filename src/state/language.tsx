import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { currentLocation, navigate, routePath, usePageLanguage } from './router';
import type { Language } from '../i18n/languages';
import { en, type Messages } from '../i18n/messages/en';
import { messages as packs } from '../i18n/messages/load';
import { ensureChineseFaces } from './pageFonts';
import { storeChoice } from './storedChoice';

/** The reader's chosen language, which `public/boot.js` reads to open their language's pages. */
const STORAGE_KEY = 'kzcn-lang';

/** The `lang` attribute: Chinese is named by its script, as readers' fonts expect. */
export const LANG_ATTRIBUTE: Record<Language, string> = {
  en: 'en',
  ru: 'ru',
  kk: 'kk',
  zh: 'zh-Hans',
};

interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
  /** The interface's words in `lang`. */
  messages: Messages;
}

const LanguageContext = createContext<LanguageState>({
  lang: 'en',
  setLang: () => undefined,
  messages: en,
});

/** The interface's words for `lang`, if they have arrived. */
function loadedMessages(lang: Language): Messages | undefined {
  return packs.loaded(lang);
}

/**
 * A language is shown once the interface's words have arrived. A chart's own words come with
 * its figure (see useFigure): a page whose figures are as built needs none of them.
 */
export function loadMessages(lang: Language): Promise<Messages> {
  return packs.load(lang);
}

/**
 * The language the address names (`/ru/…`), shown once its words have arrived: until then the
 * words of the language shown before stay, never a flash of another. The page's first language
 * is loaded before the app starts (see main.tsx), so the first render has it.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const wanted = usePageLanguage();
  const [shown, setShown] = useState<{ lang: Language; messages: Messages | undefined }>(() => ({
    lang: wanted,
    messages: loadedMessages(wanted),
  }));
  useEffect(() => {
    if (shown.lang === wanted && shown.messages) return;
    let live = true;
    loadMessages(wanted).then(
      (pack) => live && setShown({ lang: wanted, messages: pack }),
      // Without its words the language cannot be shown; English stands in.
      () => live && setShown({ lang: 'en', messages: en }),
    );
    return () => {
      live = false;
    };
  }, [wanted, shown]);

  const { lang, messages } = shown;
  useEffect(() => {
    document.documentElement.lang = LANG_ATTRIBUTE[lang];
    // A page built for another language has no Chinese faces of its own.
    if (lang === 'zh') ensureChineseFaces();
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    storeChoice(STORAGE_KEY, next);
    // The same page and view at the chosen language's address.
    const params = new URLSearchParams(currentLocation().search);
    params.delete('lang');
    const query = params.toString();
    navigate(routePath(), query ? `?${query}` : '', next);
  }, []);

  const value = useMemo(
    () => (messages ? { lang, setLang, messages } : null),
    [lang, setLang, messages],
  );
  // A reader of another language sees nothing until its words arrive, never a flash of English.
  if (!value) return null;
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

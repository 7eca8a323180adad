import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { currentLocation, updateSearch } from './router';
import { fromPreferences, parseLanguage, type Language } from '../i18n/languages';
import { chartTextsLoaded, loadChartTexts } from '../charts/registry';
import { en, type Messages } from '../i18n/messages/en';
import { messages as packs } from '../i18n/messages/load';
import { readStoredChoice, storeChoice } from './storedChoice';

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

/** The interface's words for `lang`, once they and every chart's words in it have arrived. */
function loadedMessages(lang: Language): Messages | undefined {
  return chartTextsLoaded(lang) ? packs.loaded(lang) : undefined;
}

/** A language is shown once the interface's and the charts' words have both arrived. */
async function loadMessages(lang: Language): Promise<Messages> {
  const [pack] = await Promise.all([packs.load(lang), loadChartTexts(lang)]);
  return pack;
}

/** The language from `?lang=`, then the reader's stored choice, then the browser's preference. */
export function initialLanguage(embedded: boolean): Language {
  return (
    parseLanguage(new URLSearchParams(currentLocation().search).get('lang')) ??
    (embedded ? null : readStoredChoice(STORAGE_KEY, parseLanguage)) ??
    fromPreferences(typeof navigator === 'undefined' ? [] : navigator.languages) ??
    'en'
  );
}

/** Noto Sans SC's faces for the page: a stylesheet, or in the single file the exports' own data. */
async function loadChineseFonts(): Promise<void> {
  if (import.meta.env.MODE !== 'single') {
    await import('../styles/chinese-fonts.css');
    return;
  }
  const { chinesePageFontCss } = await import('../export-browser/fontCss');
  const style = document.createElement('style');
  style.textContent = await chinesePageFontCss();
  document.head.append(style);
}

export function LanguageProvider({
  children,
  embedded = false,
}: {
  children: ReactNode;
  embedded?: boolean;
}) {
  // The language shown and its words change together, once the words have loaded.
  const [shown, setShown] = useState<{ lang: Language; messages: Messages | undefined }>(() => {
    const first = initialLanguage(embedded);
    return { lang: first, messages: loadedMessages(first) };
  });
  const { lang, messages } = shown;
  const show = useCallback((next: Language) => {
    const ready = loadedMessages(next);
    if (ready) {
      setShown({ lang: next, messages: ready });
      return;
    }
    loadMessages(next).then(
      (pack) => setShown({ lang: next, messages: pack }),
      // Without its words the language cannot be shown; English stands in.
      () => setShown({ lang: 'en', messages: en }),
    );
  }, []);

  useEffect(() => {
    if (messages) return;
    let live = true;
    loadMessages(lang).then(
      (pack) => live && setShown({ lang, messages: pack }),
      () => live && setShown({ lang: 'en', messages: en }),
    );
    return () => {
      live = false;
    };
  }, [messages, lang]);

  useEffect(() => {
    document.documentElement.lang = LANG_ATTRIBUTE[lang];
    // Noto Sans SC's faces (about a hundred slices by unicode-range) only for Chinese readers.
    if (lang === 'zh') void loadChineseFonts();
  }, [lang]);

  const setLang = useCallback(
    (next: Language) => {
      show(next);
      storeChoice(STORAGE_KEY, next);
      // A shared link names its language; keep it naming the one now chosen.
      if (new URLSearchParams(currentLocation().search).has('lang')) {
        updateSearch((params) => {
          params.set('lang', next);
        });
      }
    },
    [show],
  );

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

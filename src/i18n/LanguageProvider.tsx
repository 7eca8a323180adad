import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { currentLocation, updateSearch } from '../app/router';
import { fromPreferences, parseLanguage, type Language } from './languages';

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
}

const LanguageContext = createContext<LanguageState>({ lang: 'en', setLang: () => undefined });

function stored(): Language | null {
  try {
    return parseLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** The language from `?lang=`, then the reader's stored choice, then the browser's preference. */
export function initialLanguage(embedded: boolean): Language {
  return (
    parseLanguage(new URLSearchParams(currentLocation().search).get('lang')) ??
    (embedded ? null : stored()) ??
    fromPreferences(typeof navigator === 'undefined' ? [] : navigator.languages) ??
    'en'
  );
}

export function LanguageProvider({
  children,
  embedded = false,
}: {
  children: ReactNode;
  embedded?: boolean;
}) {
  const [lang, setLangState] = useState<Language>(() => initialLanguage(embedded));

  useEffect(() => {
    document.documentElement.lang = LANG_ATTRIBUTE[lang];
    // Noto Sans SC's faces (about a hundred slices by unicode-range) only for Chinese readers.
    if (lang === 'zh') void import('../styles/chinese-fonts.css');
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    // A shared link names its language; keep it naming the one now chosen.
    if (new URLSearchParams(currentLocation().search).has('lang')) {
      updateSearch((params) => {
        params.set('lang', next);
      });
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

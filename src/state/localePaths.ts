import { LANGUAGES, type Language } from '../i18n/languages';

/**
 * Each language has its own addresses: English at the root, the others under their code
 * (`/ru/chart/trade`, `/zh/embed/map`), so a shared link names its language and every page
 * can be built as a file of its own.
 */
export function languagePrefix(lang: Language): string {
  return lang === 'en' ? '' : `/${lang}`;
}

/** An app path (`/chart/trade`, `/`) in `lang`'s addresses (`/ru/chart/trade`, `/ru/`). */
export function localizedPath(path: string, lang: Language): string {
  const prefix = languagePrefix(lang);
  if (prefix === '') return path;
  return path === '/' ? `${prefix}/` : `${prefix}${path}`;
}

/** The language an address names, and the app path within it. */
export function splitLanguage(path: string): { lang: Language; path: string } {
  const [, first = '', ...rest] = path.split('/');
  const lang = LANGUAGES.find((l) => l !== 'en' && l === first);
  if (!lang) return { lang: 'en', path };
  const inner = `/${rest.join('/')}`;
  return { lang, path: inner };
}

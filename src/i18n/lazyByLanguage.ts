import type { Language } from './languages';

export interface ByLanguage<T> {
  /** The words for `lang` if they have arrived. */
  loaded: (lang: Language) => T | undefined;
  /** Loads them once; a failed load is tried again on the next call. */
  load: (lang: Language) => Promise<T>;
}

/**
 * Words kept per language and fetched the first time a language is asked for, so no reader
 * downloads the languages they do not read.
 */
export function lazyByLanguage<T>(
  loaders: Readonly<Record<Language, () => Promise<T>>>,
  ready: Partial<Record<Language, T>> = {},
): ByLanguage<T> {
  const loaded = new Map<Language, T>(Object.entries(ready) as [Language, T][]);
  const pending = new Map<Language, Promise<T>>();
  return {
    loaded: (lang) => loaded.get(lang),
    load: (lang) => {
      const done = loaded.get(lang);
      if (done !== undefined) return Promise.resolve(done);
      let p = pending.get(lang);
      if (!p) {
        p = loaders[lang]().then(
          (value) => {
            loaded.set(lang, value);
            return value;
          },
          (error: unknown) => {
            pending.delete(lang);
            throw error;
          },
        );
        pending.set(lang, p);
      }
      return p;
    },
  };
}

/** The languages of the dashboard, its embeds, slides and exports. */
export const LANGUAGES = ['en', 'ru', 'kk', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  zh: '中文',
};

/** The locale `Intl` formats numbers and dates with. */
export const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  zh: 'zh-CN',
};

export function parseLanguage(value: string | null | undefined): Language | null {
  return LANGUAGES.find((l) => l === value) ?? null;
}

/** The first of the reader's preferred languages that we speak (`kk-KZ` → `kk`, `zh-Hans` → `zh`). */
export function fromPreferences(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = parseLanguage(base);
    if (found) return found;
  }
  return null;
}

/** The languages whose words load when a reader picks them; English ships with the code. */
export type OtherLanguage = Exclude<Language, 'en'>;
export const OTHER_LANGUAGES = LANGUAGES.filter((l): l is OtherLanguage => l !== 'en');

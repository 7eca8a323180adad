import type { Language } from '../i18n/languages';
import type { RunStyle } from './ooxmlShapes';

/**
 * Faces every slide program has or maps: Arial (Windows, macOS; LibreOffice draws it with the
 * metric-compatible Liberation Sans) for Latin, Cyrillic and Kazakh letters; for Chinese,
 * Microsoft YaHei, whose runs are tagged zh-CN so that where it is missing the program falls
 * back to a Simplified Chinese face (Noto Sans CJK SC in LibreOffice), not a Japanese one.
 */
export const LATIN_FACE = 'Arial';
export const EAST_ASIAN_FACE = 'Microsoft YaHei';

const TAGS: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ', zh: 'zh-CN' };

export function slideStyle(lang: Language): RunStyle {
  return { latin: LATIN_FACE, eastAsian: EAST_ASIAN_FACE, lang: TAGS[lang] };
}

/** The same faces as pptxgenjs options, for the text it writes itself. */
export function textRunFonts(lang: Language): { fontFace: string; lang: string } {
  return { fontFace: lang === 'zh' ? EAST_ASIAN_FACE : LATIN_FACE, lang: TAGS[lang] };
}

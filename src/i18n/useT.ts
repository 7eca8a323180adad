import type { Language } from './languages';
import { useLanguage } from './LanguageProvider';
import { en, type Messages } from './messages/en';
import { kk } from './messages/kk';
import { ru } from './messages/ru';
import { zh } from './messages/zh';

export const MESSAGES: Record<Language, Messages> = { en, ru, kk, zh };

/** The interface's words in the reader's language. */
export function useT(): Messages {
  return MESSAGES[useLanguage().lang];
}

/** A chart's name in `t`'s language, or its own (English) name for a chart it does not know. */
export function chartName(t: Messages, id: string, fallback: string): string {
  return (t.chartNames as Record<string, string | undefined>)[id] ?? fallback;
}

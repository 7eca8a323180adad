import { useLanguage } from './language';
import type { Messages } from '../i18n/messages/en';

/** The interface's words in the reader's language. */
export function useT(): Messages {
  return useLanguage().messages;
}

/** A chart's name in `t`'s language, or its own (English) name for a chart it does not know. */
export function chartName(t: Messages, id: string, fallback: string): string {
  return (t.chartNames as Record<string, string | undefined>)[id] ?? fallback;
}

import type { InteractiveMark } from '../figure/model';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages/en';
import { describeSource, quoteKey } from '../i18n/sourceWords';
import type { SourceIndex } from '../schema/sources';

/**
 * What a mark's tooltip says, as words ready to show: the same for the live figure's tooltip and
 * for the one a built page shows before any chart code has arrived (see tipDom.ts).
 */
export interface TipContent {
  heading: string;
  value: string;
  note?: string;
  /** The source's own words (English), and the reader's translation beside them. */
  quote?: { text: string; translation?: string; lang: string };
  source: string;
  /** For a mark that can be picked: what a pointer's tooltip hints, what a tapped one offers. */
  pick?: { hint: string; action: string };
}

export function tipContent(
  mark: InteractiveMark,
  sources: SourceIndex,
  t: Messages,
  lang: Language,
  words: Readonly<Record<string, string>> | undefined,
  langAttribute: string,
): TipContent {
  const { heading, value, note, quote, sourceId } = mark.tooltip;
  const translation = quote && lang !== 'en' ? words?.[quoteKey(quote)] : undefined;
  return {
    heading,
    value,
    ...(note ? { note } : {}),
    ...(quote
      ? {
          quote: {
            text: quote,
            lang: langAttribute,
            ...(translation ? { translation: t.quoteTranslation(translation) } : {}),
          },
        }
      : {}),
    source: t.tooltipSource(describeSource(sources.byId.get(sourceId), lang)),
    ...(mark.select
      ? {
          pick: {
            hint: mark.selected ? t.markSelectedHint : t.markActivateHint,
            action: mark.selected ? t.unhighlightMark : t.highlightMark,
          },
        }
      : {}),
  };
}

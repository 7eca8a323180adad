import { formatPartialDate } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { shortPublisher } from '../../i18n/sourceWords';
import type { Place } from '../../schema/places';
import type { Source, SourceIndex } from '../../schema/sources';
import type { MapText } from './text';

/** The words, language and sources every text-writing stage reads. */
export interface MapWords {
  t: MapText;
  lang: Language;
  sources: SourceIndex;
}

/** `Publisher, date` in the reader's language; the publisher's name stays as published. */
export function sourceText(source: Source | undefined, t: MapText, lang: Language): string {
  if (!source) return t.unknownSource;
  const date = source.published === null ? t.undated : formatPartialDate(source.published, lang);
  return t.sourceName(shortPublisher(source), date);
}

/** A source by id, named as `sourceText` names it (an unknown id reads "unknown source"). */
export function sourceById({ t, lang, sources }: MapWords, id: string): string {
  return sourceText(sources.byId.get(id), t, lang);
}

/** What is at a place, with its date where the data give one. */
export function featureText({ t, lang }: MapWords, f: Place['features'][number]): string {
  return t.feature(f.label, f.date ? formatPartialDate(f.date, lang) : undefined);
}

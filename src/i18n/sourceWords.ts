import { fnv1a } from '../schema/hash';
import type { Source, SourceIndex } from '../schema/sources';
import { formatPartialDate } from './format';
import type { Language } from './languages';

/** `The Astana Times`: the publisher without the bracketed notes facts.md adds. */
export function shortPublisher(source: Source): string {
  return source.publisher.replace(/\s*\([^)]*\)/g, '').trim();
}

const UNDATED: Record<Language, string> = {
  en: 'undated',
  ru: 'без даты',
  kk: 'күні көрсетілмеген',
  zh: '未注明日期',
};

const UNKNOWN: Record<Language, string> = {
  en: 'unknown source',
  ru: 'неизвестный источник',
  kk: 'белгісіз дереккөз',
  zh: '来源不明',
};

/** A source as a source line names it: its publisher alone. */
export function sourcePublisher(source: Source | undefined, lang: Language = 'en'): string {
  return source ? shortPublisher(source) : UNKNOWN[lang];
}

/**
 * `The Astana Times, 2 September 2025`, `Kazinform, без даты`, `新华社，2025年6月16日`: the date
 * and its absence in the reader's language, with Chinese punctuation in Chinese.
 */
export function describeSource(source: Source | undefined, lang: Language = 'en'): string {
  if (!source) return UNKNOWN[lang];
  const date =
    source.published === null ? UNDATED[lang] : formatPartialDate(source.published, lang);
  return `${shortPublisher(source)}${lang === 'zh' ? '，' : ', '}${date}`;
}

/**
 * The words about each source (what it states, its publisher, a note on its date) and a
 * translation of every quote, for readers of another language. The quotes themselves stay as
 * their sources wrote them; a translation is shown beside one, never in its place.
 */

/** A stable key for a quote's translation: FNV-1a of its text, so an edited quote needs a new one. */
export function quoteKey(quote: string): string {
  return `quote.${fnv1a(quote)}`;
}

interface SourceWords {
  id: string;
  fact: string;
  publisher: string;
  publishedNote?: string | undefined;
  quote?: string | undefined;
}

function quotesIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) quotesIn(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'quote' && typeof child === 'string') out.push(child);
      else quotesIn(child, out);
    }
  }
}

/** Every key a language must translate, with its English: the sources' words and every quote. */
export function sourceTexts(
  sources: readonly SourceWords[],
  datasets: readonly unknown[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const quotes: string[] = [];
  for (const s of sources) {
    out[`fact.${s.id}`] = s.fact;
    if (s.publishedNote) out[`note.${s.id}`] = s.publishedNote;
    out[`publisher.${s.id}`] = s.publisher;
    if (s.quote) quotes.push(s.quote);
  }
  quotesIn(datasets, quotes);
  for (const q of quotes) out[quoteKey(q)] = q;
  return out;
}

/** The sources with their words (what each states, its publisher, its date note) in `words`' language. */
export function localizeSources(
  index: SourceIndex,
  words: Readonly<Record<string, string>>,
): SourceIndex {
  if (!Object.keys(words).some((k) => k.startsWith('fact.'))) return index;
  const byId = new Map(
    [...index.byId].map(([id, s]) => [
      id,
      {
        ...s,
        fact: words[`fact.${id}`] ?? s.fact,
        publisher: words[`publisher.${id}`] ?? s.publisher,
        ...(s.publishedNote ? { publishedNote: words[`note.${id}`] ?? s.publishedNote } : {}),
      },
    ]),
  );
  return { byId, ids: index.ids };
}

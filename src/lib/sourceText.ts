import type { Source } from '../schema/sources';
import { formatPartialDate } from './format';

/** `The Astana Times`: the publisher without the bracketed notes facts.md adds. */
export function shortPublisher(source: Source): string {
  return source.publisher.replace(/\s*\([^)]*\)/g, '').trim();
}

/** `The Astana Times, 2 September 2025` or `Kazinform, undated`. */
export function describeSource(source: Source | undefined): string {
  if (!source) return 'unknown source';
  const date = source.published === null ? 'undated' : formatPartialDate(source.published);
  return `${shortPublisher(source)}, ${date}`;
}

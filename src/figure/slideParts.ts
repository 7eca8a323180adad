import { CJK } from './textMetrics';

/**
 * A chart too full for one slide at a legible size is split over consecutive slides: this is
 * which of them a figure draws. Only charts whose content is a list (events, panels) split.
 */
export interface SlidePart {
  /** From 0. */
  index: number;
  count: number;
}

/** The most slides one chart is split over. */
export const MAX_SLIDE_PARTS = 4;

/** The title with the part it heads: "… (2/3)", in full-width brackets in Chinese text. */
export function partTitle(title: string, part: SlidePart | undefined): string {
  if (!part || part.count < 2) return title;
  const n = `${String(part.index + 1)}/${String(part.count)}`;
  return CJK.test(title) ? `${title}（${n}）` : `${title} (${n})`;
}

/** The items of one part: contiguous, the parts as even as the count allows. */
export function partOf<T>(items: readonly T[], part: SlidePart | undefined): T[] {
  if (!part || part.count < 2) return [...items];
  const at = (i: number) => Math.round((i * items.length) / part.count);
  return items.slice(at(part.index), at(part.index + 1));
}

const MARKER = /^[(（]\d+\/\d+[)）]$/;

/**
 * A part's marker never stands alone on a title's last line: the word (or, in Chinese, the
 * character) before it goes down with it.
 */
export function keepMarkerWithTitle(lines: readonly string[]): string[] {
  const last = lines.at(-1)?.trim() ?? '';
  const before = lines.at(-2);
  if (before === undefined || !MARKER.test(last)) return [...lines];
  const cjk = CJK.test(before.at(-1) ?? '');
  const cut = cjk ? before.length - 1 : before.lastIndexOf(' ');
  if (cut <= 0) return [...lines];
  const moved = before.slice(cut).trim();
  return [
    ...lines.slice(0, -2),
    before.slice(0, cut).trimEnd(),
    `${moved}${cjk ? '' : ' '}${last}`,
  ];
}

import { layoutFrame, type FigureSize, type FrameText } from '../../figure/frame';
import { partOf, type SlidePart } from '../../figure/slideParts';
import type { Milestone } from '../../schema/milestones';
import type { MilestonesContext } from './milestonesContext';
import { rowHeights } from './milestonesList';

/** From these plot widths, a rail per theme; then two columns of rows. */
export const LANES_FROM = 600;
export const TWO_COLUMNS_FROM = 1040;

export const listShape = (width: number) => ({
  lanes: width >= LANES_FROM,
  columns: width >= TWO_COLUMNS_FROM ? (2 as const) : (1 as const),
});

/** The room a part's frame leaves its plot: the first part's is less, as it has the subtitle. */
function roomOf(text: FrameText, size: FigureSize, index: number, count: number) {
  return layoutFrame(text, { ...size, part: { index, count } }, () => 0).plot;
}

/**
 * The events of one part of the milestones split over slides, cut where each part's rows fill
 * the same share of the room its slide leaves (the first slide, with the subtitle, takes fewer),
 * so no part is scaled down while another stands half empty. Without a fixed height the parts
 * are even by count.
 */
export function partEvents(
  ctx: MilestonesContext,
  text: FrameText,
  size: FigureSize,
  part: SlidePart,
): Milestone[] {
  if (size.height === undefined || part.count < 2) return partOf(ctx.events, part);
  const rooms = Array.from({ length: part.count }, (_, i) =>
    roomOf(text, size, Math.min(i, 1), part.count),
  );
  const width = rooms[0]?.width ?? size.width;
  const heights = rowHeights(ctx, width, listShape(width));
  const total = heights.reduce((a, b) => a + b, 0);
  const capacity = rooms.reduce((a, r) => a + r.height, 0);
  // Part i ends where the rows' running height passes its share of the total.
  const ends: number[] = [];
  let share = 0;
  let at = 0;
  for (let i = 0; i < part.count - 1; i++) {
    share += ((rooms[i]?.height ?? 0) / capacity) * total;
    const before = (n: number) => heights.slice(0, n).reduce((a, b) => a + b, 0);
    while (at < heights.length && before(at) + (heights[at] ?? 0) / 2 <= share) at++;
    // Every part keeps at least one event.
    at = Math.min(Math.max(at, (ends.at(-1) ?? 0) + 1), heights.length - (part.count - 1 - i));
    ends.push(at);
  }
  const starts = [0, ...ends];
  return ctx.events.slice(starts[part.index], starts[part.index + 1] ?? ctx.events.length);
}

import type { PlotText } from '../../figure/TextList';
import { measureText } from '../../figure/textMetrics';
import type { MilestonesContext } from './milestonesContext';
import { decimalYear, eventStyle, round } from './milestonesEvents';
import {
  LABEL_ROWS,
  type LaneGeometry,
  type PlacedEvent,
  type TimelineGeometry,
} from './milestonesGeometry';
import type { PlotLine } from './milestonesTypes';

/** Labelled first: highlights, then earlier events, so the labels that matter most get room. */
function byLabelPriority(placed: readonly PlacedEvent[]): PlacedEvent[] {
  return [...placed].sort(
    (a, b) =>
      Number(b.e.highlight ?? false) - Number(a.e.highlight ?? false) ||
      decimalYear(a.e.date) - decimalYear(b.e.date),
  );
}

/** A label's extent: it starts at its dot, or ends there when it would run off the plot. */
function labelSpan(ctx: MilestonesContext, p: PlacedEvent, label: string, width: number) {
  const w = measureText(label, ctx.small);
  const anchorEnd = p.px + w > width;
  const x0 = anchorEnd ? p.px - w : p.px - ctx.r;
  return { anchorEnd, x0, x1: x0 + w };
}

/** A leader from the top of the dot up to its label, and the label itself. */
function labelShapes(
  ctx: MilestonesContext,
  p: PlacedEvent,
  label: string,
  anchorEnd: boolean,
  textY: number,
  lane: LaneGeometry,
  step: number,
): { leader: PlotLine; text: PlotText } {
  const { small, r, k } = ctx;
  const leader: PlotLine = {
    x1: round(p.px),
    y1: round(lane.baseY - p.level * step - r - 1),
    x2: round(p.px),
    y2: round(textY + 3 * k),
    color: 'axis',
  };
  const text: PlotText = {
    x: round(anchorEnd ? p.px + r * 0.2 : p.px - r * 0.2),
    y: round(textY),
    text: label,
    size: small,
    weight: p.e.highlight ? 600 : 400,
    color: 'text',
    anchor: anchorEnd ? 'end' : 'start',
    dimmed: eventStyle(p.e, ctx.selection).dimmed,
  };
  return { leader, text };
}

/**
 * Labels for the events that matter most, in rows above the lane, where they fit: a label that
 * would reach into the lane names or overlap a label in every row is left out.
 */
export function laneLabels(
  ctx: MilestonesContext,
  placed: readonly PlacedEvent[],
  lane: LaneGeometry,
  geo: TimelineGeometry,
): { texts: PlotText[]; lines: PlotLine[] } {
  const texts: PlotText[] = [];
  const lines: PlotLine[] = [];
  // Occupied spans per row; row 0 is nearest the dots.
  const taken = Array.from({ length: LABEL_ROWS }, (): [number, number][] => []);
  for (const p of byLabelPriority(placed)) {
    const label = ctx.t.plotLabel(p.e.title);
    const { anchorEnd, x0, x1 } = labelSpan(ctx, p, label, geo.width);
    if (x0 < geo.laneLabelW) continue;
    const row = taken.findIndex((spans) => !spans.some(([a, b]) => x0 < b + 8 && x1 > a - 8));
    if (row < 0) continue;
    taken[row]?.push([x0, x1]);
    const textY = lane.baseY - lane.maxLevel * geo.step - ctx.r - 6 * ctx.k - row * lane.rowH;
    const { leader, text } = labelShapes(ctx, p, label, anchorEnd, textY, lane, geo.step);
    lines.push(leader);
    texts.push(text);
  }
  return { texts, lines };
}

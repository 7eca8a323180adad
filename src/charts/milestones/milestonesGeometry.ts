import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { measureText } from '../../figure/textMetrics';
import type { Milestone } from '../../schema/milestones';
import type { MilestonesContext } from './milestonesContext';
import { decimalYear } from './milestonesEvents';

/** How many label rows fit above a lane. */
export const LABEL_ROWS = 2;

/** The wide layout's horizontal geometry, shared by the lanes, their labels and the axis. */
export interface TimelineGeometry {
  width: number;
  /** Room on the left for the lane names; nothing else is drawn there. */
  laneLabelW: number;
  /** Decimal years to x. */
  x: ScaleLinear<number, number>;
  /** Vertical distance between stacked dots, and the gap two dots need to share a level. */
  step: number;
}

/** An event at its place in a lane: `level` counts stacked dots up from the lane's line. */
export interface PlacedEvent {
  e: Milestone;
  px: number;
  level: number;
}

/** A lane's vertical geometry, from the `y` where it starts. */
export interface LaneGeometry {
  /** The lane's line, where the lowest dots sit. */
  baseY: number;
  maxLevel: number;
  /** Height of one label row. */
  rowH: number;
  height: number;
}

export function timelineGeometry(ctx: MilestonesContext, width: number): TimelineGeometry {
  const { categories, firstYear, lastYear, small, k, r } = ctx;
  const laneLabelW = Math.max(...categories.map((c) => measureText(c.label, small, 600))) + 14 * k;
  const x = scaleLinear()
    .domain([firstYear, lastYear + 1])
    .range([laneLabelW + r, width - r - 2]);
  return { width, laneLabelW, x, step: r * 2 + 2 };
}

/** Crowded dots stack upwards: each event takes the lowest level with no dot within a step. */
export function stackLane(events: readonly Milestone[], geo: TimelineGeometry): PlacedEvent[] {
  const levels: number[][] = [];
  return events.map((e) => {
    const px = geo.x(decimalYear(e.date));
    let level = 0;
    while ((levels[level] ?? []).some((ox2) => Math.abs(ox2 - px) < geo.step)) level++;
    (levels[level] ??= []).push(px);
    return { e, px, level };
  });
}

/** Room for the label rows on top, then the stacked dots, then a gap before the next lane. */
export function laneGeometry(
  ctx: MilestonesContext,
  placed: readonly PlacedEvent[],
  y: number,
  step: number,
): LaneGeometry {
  const { fs, small, r } = ctx;
  const maxLevel = Math.max(0, ...placed.map((p) => p.level));
  const rowH = small * 1.45;
  const labelRoom = LABEL_ROWS * rowH + fs * 0.3;
  const height = labelRoom + (maxLevel + 1) * step + fs * 0.6;
  const baseY = y + height - fs * 0.6 - r;
  return { baseY, maxLevel, rowH, height };
}

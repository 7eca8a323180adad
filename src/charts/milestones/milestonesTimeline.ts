import type { PlotText } from '../../figure/TextList';
import type { Milestones } from '../../schema/milestones';
import { groupColor, type MilestonesContext } from './milestonesContext';
import { eventStyle, round } from './milestonesEvents';
import { timeAxis } from './milestonesAxis';
import {
  laneGeometry,
  stackLane,
  timelineGeometry,
  type LaneGeometry,
  type PlacedEvent,
  type TimelineGeometry,
} from './milestonesGeometry';
import { laneLabels } from './milestonesLabels';
import { eventMark } from './milestonesMarks';
import type { PlotLayout, PlotLine, PlotParts } from './milestonesTypes';

type Category = Milestones['categories'][number];

/** The theme's name at the left and the line its dots sit on. */
function laneFrame(
  ctx: MilestonesContext,
  c: Category,
  lane: LaneGeometry,
  geo: TimelineGeometry,
): Pick<PlotParts, 'texts' | 'lines'> {
  const name: PlotText = {
    x: 0,
    y: round(lane.baseY + ctx.small * 0.34),
    text: c.label,
    size: ctx.small,
    weight: 600,
    color: groupColor(ctx, c.id),
  };
  const separator: PlotLine = {
    x1: round(geo.laneLabelW),
    y1: round(lane.baseY),
    x2: round(geo.width),
    y2: round(lane.baseY),
    color: 'grid',
  };
  return { texts: [name], lines: [separator] };
}

/** A dot and a target for each event, stacked up from the lane's line. */
function laneDots(
  ctx: MilestonesContext,
  placed: readonly PlacedEvent[],
  lane: LaneGeometry,
  geo: TimelineGeometry,
): Pick<PlotParts, 'dots' | 'marks'> {
  const stacked = placed.map((p) => ({ p, dy: lane.baseY - p.level * geo.step }));
  return {
    dots: stacked.map(({ p, dy }) => ({
      id: p.e.id,
      x: round(p.px),
      y: round(dy),
      r: ctx.r,
      color: groupColor(ctx, p.e.category),
      ...eventStyle(p.e, ctx.selection),
    })),
    marks: stacked.map(({ p, dy }) => eventMark(ctx, p.e, p.px, dy)),
  };
}

/** One theme's lane starting at `y`: name, line, dots, then the labels above. */
function drawLane(
  ctx: MilestonesContext,
  c: Category,
  y: number,
  geo: TimelineGeometry,
): PlotParts & { height: number } {
  const placed = stackLane(
    ctx.events.filter((e) => e.category === c.id),
    geo,
  );
  const lane = laneGeometry(ctx, placed, y, geo.step);
  const frame = laneFrame(ctx, c, lane, geo);
  const labels = laneLabels(ctx, placed, lane, geo);
  return {
    ...laneDots(ctx, placed, lane, geo),
    texts: [...frame.texts, ...labels.texts],
    lines: [...frame.lines, ...labels.lines],
    height: lane.height,
  };
}

/** A time axis with one lane per theme, in the data's order of themes. */
export function layoutTimeline(ctx: MilestonesContext, width: number): PlotLayout {
  const geo = timelineGeometry(ctx, width);
  const lanes: PlotParts[] = [];
  let y = ctx.fs * 0.3;
  for (const c of ctx.categories) {
    const lane = drawLane(ctx, c, y, geo);
    lanes.push(lane);
    y += lane.height;
  }
  const axisY = y + ctx.fs * 0.2;
  const axis = timeAxis(ctx, geo, axisY);
  return {
    plot: {
      width,
      height: Math.ceil(axisY + ctx.fs * 1.8),
      k: ctx.k,
      orientation: 'horizontal',
      dots: lanes.flatMap((lane) => lane.dots),
      texts: [...lanes.flatMap((lane) => lane.texts), ...axis.texts],
      lines: [...lanes.flatMap((lane) => lane.lines), ...axis.lines],
    },
    marks: lanes.flatMap((lane) => lane.marks),
  };
}

import { layoutFrame } from '../../figure/frame';
import type { Milestones } from '../../schema/milestones';
import { citedSources } from '../../schema/citations';
import type { ChartInput } from '../contract';
import { milestonesContext, type MilestonesContext } from './milestonesContext';
import { frameText } from './milestonesFrameText';
import { layoutList } from './milestonesList';
import { listShape, partEvents } from './milestonesParts';
import { marksInFigure } from './milestonesMarks';
import { summariseMilestones } from './milestonesSummary';
import { milestonesQuotes, milestonesTable } from './milestonesTable';
import type { MilestonesFigure, PlotLayout } from './milestonesTypes';
import type { MilestonesText } from './text';

export { decimalYear } from './milestonesEvents';
export { summariseMilestones } from './milestonesSummary';
export type { EventDot, MilestonesFigure, MilestonesPlot } from './milestonesTypes';

function layoutPlot(ctx: MilestonesContext, width: number): PlotLayout {
  return layoutList(ctx, width, listShape(width));
}

export function buildMilestonesFigure(
  input: ChartInput<{ milestones: Milestones }, MilestonesText>,
): MilestonesFigure {
  const whole = milestonesContext(input);
  const text = frameText(whole);
  const { part } = input.size;
  const ctx = part ? { ...whole, shown: partEvents(whole, text, input.size, part) } : whole;
  // The frame asks how tall the plot is at the width it leaves, when the figure's height is free.
  const frame = layoutFrame(text, input.size, (w) => layoutPlot(ctx, w).plot.height);
  const { plot, marks } = layoutPlot(ctx, frame.plot.width);
  return {
    text,
    frame,
    summary: summariseMilestones(input.data.milestones, ctx.t, ctx.lang),
    plot,
    marks: marksInFigure(marks, ctx.shown, frame.plot),
    table: milestonesTable(ctx),
    citations: citedSources(input.data.milestones),
    quotes: milestonesQuotes(ctx),
    noMatch: plot.dots.length > 0 && plot.dots.every((d) => d.dimmed),
    ...(input.size.part ? { part: input.size.part } : {}),
  };
}

import { layoutFrame } from '../../figure/frame';
import type { Milestones } from '../../schema/milestones';
import { citedSources } from '../../schema/citations';
import type { ChartInput } from '../contract';
import { milestonesContext, type MilestonesContext } from './milestonesContext';
import { frameText } from './milestonesFrameText';
import { layoutList } from './milestonesList';
import { marksInFigure } from './milestonesMarks';
import { summariseMilestones } from './milestonesSummary';
import { milestonesQuotes, milestonesTable } from './milestonesTable';
import type { MilestonesFigure, PlotLayout } from './milestonesTypes';
import type { MilestonesText } from './text';

export { decimalYear } from './milestonesEvents';
export { summariseMilestones } from './milestonesSummary';
export type { EventDot, MilestonesFigure, MilestonesPlot } from './milestonesTypes';

/** From these plot widths, a rail per theme; then two columns of rows. */
const LANES_FROM = 600;
const TWO_COLUMNS_FROM = 1040;

function layoutPlot(ctx: MilestonesContext, width: number): PlotLayout {
  return layoutList(ctx, width, {
    lanes: width >= LANES_FROM,
    columns: width >= TWO_COLUMNS_FROM ? 2 : 1,
  });
}

export function buildMilestonesFigure(
  input: ChartInput<{ milestones: Milestones }, MilestonesText>,
): MilestonesFigure {
  const ctx = milestonesContext(input);
  const text = frameText(ctx);
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

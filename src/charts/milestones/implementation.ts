import type { Milestones } from '../../schema/milestones';
import type { ChartImplementation } from '../defineChart';
import { buildMilestonesFigure, type MilestonesPlot } from './milestonesModel';
import { MilestonesPlot as PlotView } from './MilestonesPlot';

export const implementation: ChartImplementation<{ milestones: Milestones }, MilestonesPlot> = {
  build: ({ milestones }, { sources, size, selection }) =>
    buildMilestonesFigure(milestones, sources, size, selection),
  Plot: PlotView,
};

import type { Milestones } from '../../schema/milestones';
import type { ChartImplementation } from '../defineChart';
import { buildMilestonesFigure, type MilestonesPlot } from './milestonesModel';
import { MilestonesPlot as PlotView } from './MilestonesPlot';

export const implementation: ChartImplementation<{ milestones: Milestones }, MilestonesPlot> = {
  build: ({ milestones }, { sources, size, selection, lang }) =>
    buildMilestonesFigure(milestones, sources, size, selection, lang ?? 'en'),
  Plot: PlotView,
};

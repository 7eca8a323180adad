import type { Milestones } from '../../schema/milestones';
import type { ChartModule } from '../contract';
import { buildMilestonesFigure, type MilestonesPlot } from './milestonesModel';
import { MilestonesPlot as PlotView } from './MilestonesPlot';
import { en, type MilestonesText } from './text';

export const milestonesModule: ChartModule<
  { milestones: Milestones },
  MilestonesText,
  MilestonesPlot
> = {
  build: buildMilestonesFigure,
  Plot: PlotView,
  en,
};

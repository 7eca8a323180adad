import type { PaletteColor } from '../../figure/palette';
import type { FigureModel, InteractiveMark } from '../../figure/model';
import type { PlotText } from '../../figure/TextList';

export type GroupColor = Extract<PaletteColor, 'group1' | 'group2' | 'group3' | 'group4'>;

export interface EventDot {
  id: string;
  x: number;
  y: number;
  r: number;
  color: GroupColor;
  dimmed: boolean;
  emphasis: boolean;
}

export interface PlotLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: PaletteColor;
}

export interface MilestonesPlot {
  width: number;
  height: number;
  k: number;
  dots: EventDot[];
  texts: PlotText[];
  /** Lane separators or the vertical rail. */
  lines: PlotLine[];
}

export type MilestonesFigure = FigureModel<MilestonesPlot>;

/**
 * A plot together with its marks in plot coordinates. The marks travel beside the plot, not
 * inside it, because they move into figure coordinates only once the frame is known.
 */
export interface PlotLayout {
  plot: MilestonesPlot;
  marks: InteractiveMark[];
}

/** What one stage of a layout draws; stages are concatenated in drawing order. */
export interface PlotParts {
  dots: EventDot[];
  texts: PlotText[];
  lines: PlotLine[];
  marks: InteractiveMark[];
}

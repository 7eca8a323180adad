import type { FigureModel, InteractiveMark } from '../../figure/model';
import type { PaletteColor } from '../../figure/palette';
import type { PlotText } from '../../figure/TextList';
import type { Nuclear } from '../../schema/nuclear';

export type Color = PaletteColor;

export type Label = PlotText;

export type NuclearPlant = Nuclear['plants'][number];
export type Partner = Nuclear['partners'][number];
export type Fuel = Nuclear['fuel'];

export interface Slot {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Beyond the certain minimum of the range: drawn dashed. */
  optional: boolean;
  selected: boolean;
  accent: Color;
}

export interface Bar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  segments: { x: number; width: number; color: Color; label?: string }[];
}

export interface StepDot {
  id: string;
  x: number;
  y: number;
  target: boolean;
  selected: boolean;
}

export interface NuclearPlot {
  width: number;
  height: number;
  k: number;
  labels: Label[];
  slots: Slot[];
  /** Absent from a slide part without the plants. */
  range?: { x1: number; x2: number; xSplit: number; y: number };
  /** Absent from a slide part without the steps. */
  rail?: { x: number; y1: number; y2: number };
  steps: StepDot[];
  bars: Bar[];
}

export type NuclearFigure = FigureModel<NuclearPlot>;

/**
 * What one stage of the plot lays out: its text, its interactive targets (in plot coordinates)
 * and where the next stage may start.
 */
export interface Section {
  labels: Label[];
  marks: InteractiveMark[];
  bottom: number;
}

/** The plot's three panels, top to bottom; a slide part draws some of them. */
export type Panel = 'plants' | 'steps' | 'fuel';

/** A column of the plot: where it starts and how wide it is. */
export interface Column {
  x: number;
  width: number;
}

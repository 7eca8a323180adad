import type { FigureModel } from '../../figure/model';

export type SeriesKey = 'cn' | 'kz';

export interface PlottedPoint {
  id: string;
  year: number;
  value: number;
  approximate: boolean;
  selected: boolean;
  x: number;
  y: number;
}

export interface EndLabel {
  x: number;
  y: number;
  text: string;
}

export interface PlottedSeries {
  id: string;
  key: SeriesKey;
  label: string;
  shape: 'square' | 'circle';
  /** Solid paths through consecutive years. */
  runs: string[];
  points: PlottedPoint[];
  endLabel?: EndLabel;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface RecordMarker {
  /** The record as the data give it, for surfaces that plot it themselves (a native chart). */
  year: number;
  value: number;
  x: number;
  y: number;
  path: string;
  label: string;
  labelX: number;
  labelY: number;
}

export interface GapConnector {
  x: number;
  y1: number;
  y2: number;
  label?: { x: number; y: number; text: string };
}

export interface GrowthNote {
  x: number;
  y: number;
  text: string;
}

export interface YearRule {
  x: number;
  label: string;
}

export interface TradePlot {
  width: number;
  height: number;
  margin: Margin;
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  /** The values' unit, in the figure's language ("USD billion", "млрд долларов США"). */
  unit: string;
  series: PlottedSeries[];
  headline: RecordMarker;
  /** The two series' difference in their latest common year, drawn as a connector. */
  gap?: GapConnector;
  /** Growth of the first series since its earliest year, under its end label. */
  growth?: GrowthNote;
  /** The year picked in any chart. */
  yearRule?: YearRule;
  markRadius: number;
  strokeWidth: number;
  fontSize: number;
}

export type TradeFigure = FigureModel<TradePlot>;

import type { SelectionKey } from './selection';
import type { FrameLayout, FrameText } from './frame';
import type { SlidePart } from './slideParts';

export interface TooltipContent {
  heading: string;
  value: string;
  note?: string;
  /** The source's own words, verbatim (English); the tooltip shows a translation beside them. */
  quote?: string;
  /** The source of the figure shown; the tooltip names it. */
  sourceId: string;
}

/** A data mark the reader can point at, tap or reach by keyboard, in figure coordinates. */
export interface InteractiveMark {
  id: string;
  x: number;
  y: number;
  /** Radius of the hit target. */
  r: number;
  /** A rectangular hit target instead, centred on x, y. */
  box?: { width: number; height: number };
  /** Accessible name: the whole datum in words. */
  label: string;
  tooltip: TooltipContent;
  /** What clicking the mark picks, to highlight it across charts. */
  select?: { key: Exclude<SelectionKey, 'hide'>; value: string | number };
  selected?: boolean;
}

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface DataTable {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly { id: string; cells: Readonly<Record<string, string>>; sourceId: string }[];
}

export interface Quote {
  quote: string;
  sourceId: string;
  /** What the excerpt supports. */
  supports: string;
}

/** Everything a surface needs to show one chart: the frame, the plot, and its text alternatives. */
export interface FigureModel<Plot> {
  text: FrameText;
  frame: FrameLayout;
  summary: string;
  plot: Plot;
  marks: InteractiveMark[];
  table: DataTable;
  /** Source ids behind the figure, most important first. */
  citations: string[];
  quotes: Quote[];
  /** Where the zoom buttons zoom, in plot coordinates: what the figure is about. */
  zoomFocus?: { x: number; y: number };
  /** True when the highlights dim every mark: nothing here matches, and the surface says so. */
  noMatch?: boolean;
  /** The part of the chart drawn, when the chart honours a split over slides (FigureSize.part). */
  part?: SlidePart;
}

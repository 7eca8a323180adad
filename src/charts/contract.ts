import type { ComponentType } from 'react';
import type { FigureSize } from '../figure/frame';
import type { FigureModel } from '../figure/model';
import type { Palette } from '../figure/palette';
import type { Selection } from '../figure/selection';
import type { Language, OtherLanguage } from '../i18n/languages';
import type { DatasetMap } from '../schema/dataFiles';
import type { DataOf } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';

/**
 * All a chart's model reads. Nothing else goes in (no window, clock or storage), so the same
 * input gives the same figure on the dashboard, in an export and at build time.
 */
export interface ChartInput<Data, Text> {
  /** The chart's datasets, their words already in `lang`. */
  data: Data;
  /** The chart's own words in `lang`. */
  text: Text;
  lang: Language;
  /** The sources, what each states in `lang`. */
  sources: SourceIndex;
  size: FigureSize;
  selection: Selection;
  /** A translation of a source's own words into `lang`, shown beside the original. */
  translateQuote: (quote: string) => string | undefined;
}

/** Pan and zoom of a plot. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface PlotProps<Plot> {
  plot: Plot;
  palette: Palette;
  /** Pan and zoom, for charts that allow it. */
  transform?: ViewTransform;
}

/** The heavy part of a chart, loaded when it is first needed: its model, view and English words. */
export interface ChartModule<Data, Text, Plot> {
  build: (input: ChartInput<Data, Text>) => FigureModel<Plot>;
  Plot: ComponentType<PlotProps<Plot>>;
  en: Text;
}

/** How a chart is named in menus, headings and page titles. */
export interface ChartNames {
  /** Short: navigation and headings. */
  name: string;
  /** One line on what it shows. */
  description: string;
}

export interface LayerOption {
  id: string;
  label: Readonly<Record<Language, string>>;
}

/** What a chart's folder declares about it; `defineChart` makes it a registered chart. */
export interface ChartDefinition<Id extends string, D extends DatasetMap, Text, Plot> {
  id: Id;
  /** The datasets it draws from, by the names its model reads them under. */
  datasets: D;
  /**
   * Datasets it draws without, when they fail: the model gets null and leaves out what needs
   * them (the map's trade line), and the surface says which file and why.
   */
  optional?: readonly (keyof D & string)[];
  names: Readonly<Record<Language, ChartNames>>;
  /** Its words in each other language, loaded when a reader picks that language. */
  translations: Readonly<Record<OtherLanguage, () => Promise<Text>>>;
  load: () => Promise<ChartModule<DataOf<D>, Text, Plot>>;
  /** The reader may pan and zoom the plot. */
  zoomable?: boolean;
  /** Layers the reader may switch off (kept in the address as `hide`). */
  layers?: readonly LayerOption[];
}

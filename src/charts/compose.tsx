import type { ReactNode } from 'react';
import type { FigureSize } from '../figure/frame';
import type { FigureModel } from '../figure/model';
import type { Palette } from '../figure/palette';
import type { Selection } from '../figure/selection';
import { localizeData } from '../i18n/dataText';
import type { Language } from '../i18n/languages';
import { localizeSources, quoteKey } from '../i18n/sourceWords';
import { DATASETS, type DatasetName } from '../schema/dataFiles';
import type { SourceIndex } from '../schema/sources';
import type { ChartInput, ViewTransform } from './contract';
import type { AnyModule, RegisteredChart } from './defineChart';

/** What a surface asks of a chart: a size, a view and a language. */
export interface FigureRequest {
  size: FigureSize;
  selection: Selection;
  lang: Language;
}

/** The files a figure is made from, as read and checked, in English. */
export interface FigureSources {
  datasets: Partial<Record<DatasetName, unknown>>;
  sources: SourceIndex;
  /** The datasets' and sources' words in the request's language (none for English). */
  words: Readonly<Record<string, string>>;
}

/** A chart's figure, ready for any surface: its model, its sources, and its plot to draw. */
export interface ComposedFigure {
  model: FigureModel<unknown>;
  sources: SourceIndex;
  renderPlot: (palette: Palette, transform?: ViewTransform) => ReactNode;
}

/** The chart's datasets with their words in the reader's language, under the model's names. */
export function chartData(chart: RegisteredChart, files: FigureSources): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(chart.datasets)) {
    const value = files.datasets[name];
    if (value === undefined) throw new Error(`${chart.id}: ${DATASETS[name].file} has not loaded`);
    data[key] = DATASETS[name].words ? localizeData(name, value, files.words) : value;
  }
  return data;
}

/** Everything a chart's model reads but the size and the view. */
export type PreparedInput = Omit<ChartInput<unknown, unknown>, 'size' | 'selection'>;

/** The chart's data, words and sources in the request's language, once per language and file. */
export function prepareInput(
  chart: RegisteredChart,
  module: AnyModule,
  files: FigureSources,
  lang: Language,
): PreparedInput {
  const text = lang === 'en' ? module.en : chart.text(lang);
  if (text === undefined) {
    throw new Error(`The ${chart.id} chart's words in "${lang}" have not loaded`);
  }
  return {
    data: chartData(chart, files),
    text,
    lang,
    sources: localizeSources(files.sources, files.words),
    translateQuote: (quote) => (lang === 'en' ? undefined : files.words[quoteKey(quote)]),
  };
}

/** A chart's figure at any size and view, once its code, words and files are at hand. */
export type Composer = (size: FigureSize, selection: Selection) => ComposedFigure;

/** Builds a chart's figure at a size and view: the same on every surface. */
export function composeFigure(
  module: AnyModule,
  input: PreparedInput,
  size: FigureSize,
  selection: Selection,
): ComposedFigure {
  const model = module.build({ ...input, size, selection });
  const { Plot } = module;
  return {
    model,
    sources: input.sources,
    renderPlot: (palette, transform) => (
      <Plot plot={model.plot} palette={palette} {...(transform ? { transform } : {})} />
    ),
  };
}

import type { ChartInput } from '../../src/charts/contract';
import { composeFigure, prepareInput, type ComposedFigure } from '../../src/charts/compose';
import { charts, findChart, type ChartId } from '../../src/charts/registry';
import type { FigureSize } from '../../src/figure/frame';
import type { FigureModel } from '../../src/figure/model';
import type { Selection } from '../../src/figure/selection';
import type { Language } from '../../src/i18n/languages';
import { DATASETS, type DatasetName } from '../../src/schema/dataFiles';
import { SCHEMAS, type DatasetOf } from '../../src/schema/datasets';
import { readData, readText, regionGeometry, sourceIndex } from './data';

/** Every dataset, read from disk and checked the way the app checks it. */
export const DATA = Object.fromEntries(
  (Object.keys(DATASETS) as DatasetName[]).map((name) => [
    name,
    SCHEMAS[name].parse(
      name === 'geometry' ? JSON.parse(regionGeometry()) : readData(DATASETS[name].file),
    ),
  ]),
) as { [N in DatasetName]: DatasetOf<N> };

export const SOURCES = sourceIndex();

/** The datasets' and sources' words in `lang`, as the app loads them. */
export function wordsFor(lang: Language): Record<string, string> {
  if (lang === 'en') return {};
  return {
    ...(JSON.parse(readText(`src/i18n/data/${lang}.json`)) as Record<string, string>),
    ...(JSON.parse(readText(`src/i18n/sources/${lang}.json`)) as Record<string, string>),
  };
}

/** Loads every chart's code and its words in every language: tests use all of them. */
export async function loadAllCharts(): Promise<void> {
  await Promise.all(
    charts.flatMap((c) => [c.load(), ...(['ru', 'kk', 'zh'] as const).map((l) => c.loadText(l))]),
  );
}

export interface InputOptions {
  lang?: Language;
  size?: FigureSize;
  selection?: Selection;
  /** Datasets to use instead of the files', in English; they are translated as the app does. */
  datasets?: Partial<Record<DatasetName, unknown>>;
}

function loaded(id: ChartId) {
  const chart = findChart(id);
  const module = chart?.loaded();
  if (!chart || !module) throw new Error(`${id}: load the charts first (tests/setup.ts does)`);
  return { chart, module };
}

/** A chart's model input, from the files on disk, as any surface would build it. */
export function input<D, T>(id: ChartId, options: InputOptions = {}): ChartInput<D, T> {
  const { chart, module } = loaded(id);
  const lang = options.lang ?? 'en';
  const prepared = prepareInput(
    chart,
    module,
    { datasets: { ...DATA, ...options.datasets }, sources: SOURCES, words: wordsFor(lang) },
    lang,
  );
  return {
    ...prepared,
    size: options.size ?? { width: 960 },
    selection: options.selection ?? {},
  } as ChartInput<D, T>;
}

/** A chart's figure, built from the files on disk the way every surface builds it. */
export function composedOf(id: ChartId, options: InputOptions = {}): ComposedFigure {
  const { size, selection, ...prepared } = input<unknown, unknown>(id, options);
  return composeFigure(loaded(id).module, prepared, size, selection);
}

/** A chart's figure model, built from the files on disk. */
export function figureOf(id: ChartId, options: InputOptions = {}): FigureModel<unknown> {
  return composedOf(id, options).model;
}

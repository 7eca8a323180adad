import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  composeFigure,
  prepareInput,
  type ComposedFigure,
  type Composer,
  type FigureRequest,
  type FigureSources,
} from '../charts/compose';
import type { Chart } from '../charts/registry';
import type { Language } from '../i18n/languages';
import { dataWords } from '../queries/dataTexts';
import { parseDataset } from '../queries/loadDataset';
import { DATASETS, type DatasetName } from '../schema/dataFiles';
import { SCHEMAS } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';
import { DATA_DIR } from './paths';
import { regionJson } from './regionGeometry';

function readText(name: DatasetName): string {
  return name === 'geometry'
    ? regionJson()
    : readFileSync(resolve(DATA_DIR, DATASETS[name].file), 'utf8');
}

function parseJson(name: DatasetName, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${DATASETS[name].file}: not valid JSON (${reason})`, { cause: error });
  }
}

/** The files as they are on disk, and as read and checked: a bad file stops here. */
export interface DiskFiles extends FigureSources {
  texts: Record<DatasetName, string>;
}

/** Every dataset, read from `data/` and checked as the app checks it. */
export function readDatasets(): Omit<DiskFiles, 'words'> {
  const names = Object.keys(DATASETS) as DatasetName[];
  const texts = Object.fromEntries(names.map((n) => [n, readText(n)])) as Record<
    DatasetName,
    string
  >;
  const { sources: list } = parseDataset(
    DATASETS.sources.file,
    SCHEMAS.sources,
    parseJson('sources', texts.sources),
  );
  const sources: SourceIndex = {
    byId: new Map(list.map((s) => [s.id, s])),
    ids: new Set(list.map((s) => s.id)),
  };
  const datasets: Partial<Record<DatasetName, unknown>> = {};
  for (const name of names.filter((n) => n !== 'sources')) {
    const { file, cites } = DATASETS[name];
    const json = parseJson(name, texts[name]);
    datasets[name] = parseDataset(file, SCHEMAS[name], json, cites ? sources.ids : undefined);
  }
  return { texts, datasets, sources };
}

/** The files and words a figure needs in `lang`. */
export async function diskSources(lang: Language): Promise<DiskFiles> {
  return { ...readDatasets(), words: await dataWords(lang) };
}

/** A chart's figures built in Node from the files on disk, the same way the browser builds them. */
export async function diskComposer(
  chart: Chart,
  lang: Language,
  files?: FigureSources,
): Promise<Composer> {
  const [module] = await Promise.all([chart.load(), chart.loadText(lang)]);
  const input = prepareInput(chart, module, files ?? (await diskSources(lang)), lang);
  return (size, selection) => composeFigure(module, input, size, selection);
}

/** A chart's figure built in Node from the files on disk. */
export async function diskFigure(
  chart: Chart,
  request: FigureRequest,
  files?: FigureSources,
): Promise<ComposedFigure> {
  const compose = await diskComposer(chart, request.lang, files);
  return compose(request.size, request.selection);
}

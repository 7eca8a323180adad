import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  composeFigure,
  prepareInput,
  type ComposedFigure,
  type FigureRequest,
  type FigureSources,
} from '../charts/compose';
import type { Chart } from '../charts/registry';
import type { Language } from '../i18n/languages';
import { dataWords } from '../queries/dataTexts';
import { parseDataset } from '../queries/loadDataset';
import { DATASETS, type DatasetName } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';
import { DATA_DIR } from './paths';
import { regionJson } from './regionGeometry';

function readJson(name: DatasetName): unknown {
  const { file } = DATASETS[name];
  const text = name === 'geometry' ? regionJson() : readFileSync(resolve(DATA_DIR, file), 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: not valid JSON (${reason})`, { cause: error });
  }
}

/** Every dataset, read from `data/` and checked as the app checks it: a bad file stops here. */
export function readDatasets(): Pick<FigureSources, 'datasets' | 'sources'> {
  const { sources: list } = parseDataset(
    DATASETS.sources.file,
    DATASETS.sources.schema,
    readJson('sources'),
  );
  const sources: SourceIndex = {
    byId: new Map(list.map((s) => [s.id, s])),
    ids: new Set(list.map((s) => s.id)),
  };
  const datasets: Partial<Record<DatasetName, unknown>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    if (name === 'sources') continue;
    const { file, schema, cites } = DATASETS[name];
    datasets[name] = parseDataset(file, schema, readJson(name), cites ? sources.ids : undefined);
  }
  return { datasets, sources };
}

/** The files and words a figure needs in `lang`. */
export async function diskSources(lang: Language): Promise<FigureSources> {
  return { ...readDatasets(), words: await dataWords(lang) };
}

/** A chart's figure built in Node from the files on disk, the same way the browser builds it. */
export async function diskFigure(
  chart: Chart,
  request: FigureRequest,
  files?: FigureSources,
): Promise<ComposedFigure> {
  const [module] = await Promise.all([chart.load(), chart.loadText(request.lang)]);
  const input = prepareInput(
    chart,
    module,
    files ?? (await diskSources(request.lang)),
    request.lang,
  );
  return composeFigure(module, input, request.size, request.selection);
}

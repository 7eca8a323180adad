import type { Language } from '../i18n/languages';
import { lazyByLanguage } from '../i18n/lazyByLanguage';
import { DATASETS, type DatasetMap, type DatasetName } from '../schema/dataFiles';
import type { ChartDefinition, ChartModule, ChartNames, LayerOption } from './contract';

/**
 * A chart's module with its types erased: the surfaces handle every chart alike, and hand each
 * model only the data and words its own definition names.
 */
export type AnyModule = ChartModule<unknown, unknown, unknown>;

/** A chart as every surface sees it: who it is, what it reads, and its code and words on demand. */
export interface RegisteredChart<Id extends string = string> {
  id: Id;
  names: Readonly<Record<Language, ChartNames>>;
  /** Dataset names, keyed by what the model calls each. */
  datasets: Readonly<Record<string, DatasetName>>;
  /** The files among them it can be drawn without. */
  optional: ReadonlySet<DatasetName>;
  zoomable: boolean;
  layers: readonly LayerOption[];
  /** Loads the model and view once; charts below the fold cost nothing until they come near. */
  load: () => Promise<AnyModule>;
  /** The module, if it has loaded. */
  loaded: () => AnyModule | undefined;
  /** Calls back when the module or its words in a language arrive. */
  subscribe: (listener: () => void) => () => void;
  /** Loads the chart's words in `lang` (English comes with its code). */
  loadText: (lang: Language) => Promise<unknown>;
  /** Its words in `lang`, if they have loaded. */
  text: (lang: Language) => unknown;
}

export function defineChart<Id extends string, D extends DatasetMap, Text, Plot>(
  def: ChartDefinition<Id, D, Text, Plot>,
): RegisteredChart<Id> {
  let module: AnyModule | undefined;
  let loading: Promise<AnyModule> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    listeners.forEach((l) => {
      l();
    });
  };
  const load = (): Promise<AnyModule> => {
    loading ??= def.load().then(
      (m) => {
        module = m as unknown as AnyModule;
        notify();
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const words = lazyByLanguage<unknown>({
    en: () => load().then((m) => m.en),
    ...def.translations,
  });
  return {
    id: def.id,
    names: def.names,
    datasets: def.datasets,
    optional: new Set<DatasetName>((def.optional ?? []).flatMap((key) => def.datasets[key] ?? [])),
    zoomable: def.zoomable ?? false,
    layers: def.layers ?? [],
    load,
    loaded: () => module,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadText: (lang) => {
      const had = words.loaded(lang) !== undefined;
      return words.load(lang).then((text) => {
        if (!had) notify();
        return text;
      });
    },
    text: (lang) => (lang === 'en' ? module?.en : words.loaded(lang)),
  };
}

/** The files a chart reads, as a reader finds them on the server. */
export function chartFiles(chart: RegisteredChart): string[] {
  return [...new Set(Object.values(chart.datasets))].map((name) => DATASETS[name].file);
}

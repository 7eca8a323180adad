import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { Selection } from '../figure/selection';
import type { FigureSize } from '../figure/frame';
import type { Palette } from '../figure/palette';
import { loadChartTexts } from '../i18n/chartTexts';
import { localizeData } from '../i18n/dataText';
import type { Language } from '../i18n/languages';
import { useLanguage } from '../state/language';
import { localizeSources, quoteKey } from '../i18n/sources';
import { dataTextsQuery } from '../queries/dataTexts';
import { sourcesQuery, type DatasetQuery } from '../queries/datasets';
import type { SourceIndex } from '../schema/sources';
import type { FigureModel } from '../figure/model';

export interface BuildContext {
  sources: SourceIndex;
  size: FigureSize;
  selection: Selection;
  /** The language of the figure's words; English when absent. */
  lang?: Language;
  /** A translation of a source's words into `lang`, shown beside the original. */
  translateQuote?: (quote: string) => string | undefined;
}

/** What an export asks of a chart: a size, a view and a language. */
export type FigureRequest = Omit<BuildContext, 'sources'>;

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

export interface LayerOption {
  id: string;
  label: string;
}

/** The heavy part of a chart, loaded on demand: the pure model and the SVG view. */
export interface ChartImplementation<Data, Plot> {
  build: (data: Data, context: BuildContext) => FigureModel<Plot>;
  Plot: ComponentType<PlotProps<Plot>>;
}

export interface ChartDefinition<Data extends Record<string, unknown>, Plot> {
  id: string;
  /** Short name for navigation and headings. */
  name: string;
  /** One line on what the chart shows. */
  description: string;
  /** The datasets it draws from, by name; their files are named in errors. */
  datasets: { [K in keyof Data]: DatasetQuery<Data[K]> };
  /** Loads the model and view; charts below the fold cost nothing until they come near. */
  load: () => Promise<ChartImplementation<Data, Plot>>;
  /** The reader may pan and zoom the plot. */
  zoomable?: boolean;
  /** Layers the reader may switch off (kept in the URL as `hide`). */
  layers?: readonly LayerOption[];
}

export interface StandaloneFigure {
  model: FigureModel<unknown>;
  sources: SourceIndex;
  renderPlot: (palette: Palette) => ReactNode;
}

export type FigureState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | {
      status: 'ready';
      model: FigureModel<unknown>;
      sources: SourceIndex;
      renderPlot: (palette: Palette, transform?: ViewTransform) => ReactNode;
    };

/** A chart as the surfaces see it: its identity and a hook that yields its figure at a size. */
export interface RegisteredChart {
  id: string;
  name: string;
  description: string;
  files: string[];
  zoomable: boolean;
  layers: readonly LayerOption[];
  useFigure: (size: FigureSize | null, selection: Selection, load?: boolean) => FigureState;
  /** Resolves once the chart's code is loaded (for exports of every chart). */
  preload: () => Promise<void>;
  /**
   * Starts loading the chart's code and files before anything renders, for the chart a page opens
   * with. Failures are left for the chart to report when it renders.
   */
  warm: (client: QueryClient) => void;
  /** Whether `warm` has run: the page opened with this chart, so it renders without waiting. */
  isWarm: () => boolean;
  /** Builds the figure outside React's tree, for exports: the same model at any size. */
  buildFigure: (client: QueryClient, request: FigureRequest) => Promise<StandaloneFigure>;
}

export function defineChart<Data extends Record<string, unknown>, Plot>(
  def: ChartDefinition<Data, Plot>,
): RegisteredChart {
  const keys = Object.keys(def.datasets) as (keyof Data)[];
  // useQueries cannot follow a mapped record's types; the data are re-typed per key below.
  const queries = keys.map((k) => def.datasets[k]) as DatasetQuery<unknown>[];
  // Each dataset's texts go into the reader's language; the name keys its translations.
  const names = queries.map((q) => q.queryKey[1].replace(/\.json$/, ''));
  const assemble = (values: readonly unknown[], texts: Readonly<Record<string, string>>): Data => {
    const out: Partial<Data> = {};
    keys.forEach((k, i) => {
      out[k] = localizeData(names[i] ?? '', values[i], texts) as Data[typeof k];
    });
    return out as Data;
  };

  let impl: ChartImplementation<Data, Plot> | undefined;
  let warmed = false;
  let loading: Promise<ChartImplementation<Data, Plot>> | undefined;
  const listeners = new Set<() => void>();
  const preload = async (): Promise<void> => {
    loading ??= def.load().then((m) => {
      impl = m;
      listeners.forEach((l) => {
        l();
      });
      return m;
    });
    await loading;
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };

  function useFigure(size: FigureSize | null, selection: Selection, load = true): FigureState {
    const code = useSyncExternalStore(subscribe, () => impl);
    const [loadError, setLoadError] = useState<Error | null>(null);
    useEffect(() => {
      if (load && !code) {
        preload().catch((e: unknown) => {
          loading = undefined;
          setLoadError(e instanceof Error ? e : new Error(String(e)));
        });
      }
    }, [load, code]);
    const client = useQueryClient();
    // A chart far below the fold fetches nothing either (the map's geometry waits for the map).
    // One component may switch charts (a slide deck), so the memo follows the chart's queries.
    const results = useQueries({
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `queries` is the chart's, outside React
      queries: useMemo(() => queries.map((q) => ({ ...q, enabled: load })), [queries, load]),
    });
    const sources = useQuery(sourcesQuery);
    const { lang } = useLanguage();
    const texts = useQuery(dataTextsQuery(lang));
    const width = size?.width;
    const height = size?.height;
    const omitTitle = size?.omit?.title ?? false;
    const omitSource = size?.omit?.source ?? false;
    const ready = results.every((r) => r.data !== undefined);
    const words = texts.data;
    const data = useMemo(() => {
      if (!ready || words === undefined) return null;
      return assemble(
        results.map((r) => r.data),
        words,
      );
      // The result objects change every render; their data only when a dataset does.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [ready, words, ...results.map((r) => r.data)]);
    const sourceIndex = useMemo(
      () => (sources.data && words ? localizeSources(sources.data, words) : undefined),
      [sources.data, words],
    );
    const { sector, year, place } = selection;
    const hide = selection.hide?.join(',');
    const model = useMemo(() => {
      if (!code || !data || sourceIndex === undefined || width === undefined) return null;
      return code.build(data, {
        sources: sourceIndex,
        size: {
          width,
          ...(height === undefined ? {} : { height }),
          omit: { title: omitTitle, source: omitSource },
        },
        selection: { sector, year, place, ...(hide ? { hide: hide.split(',') } : {}) },
        lang,
        ...(lang !== 'en' && words ? { translateQuote: (q: string) => words[quoteKey(q)] } : {}),
      });
    }, [
      code,
      data,
      sourceIndex,
      width,
      height,
      omitTitle,
      omitSource,
      sector,
      year,
      place,
      hide,
      lang,
      words,
    ]);

    const failed = results.find((r) => r.error);
    const error = failed?.error ?? sources.error ?? texts.error ?? loadError;
    if (error) {
      return {
        status: 'error',
        error,
        retry: () => {
          setLoadError(null);
          // Every file that failed, not only this chart's: a file many charts share (sources.json)
          // brings them all back at once.
          void client.refetchQueries({ predicate: (q) => q.state.status === 'error' });
        },
      };
    }
    if (!model || !sourceIndex || !code) return { status: 'pending' };
    const { Plot } = code;
    return {
      status: 'ready',
      model,
      sources: sourceIndex,
      renderPlot: (palette, transform) => (
        <Plot plot={model.plot} palette={palette} {...(transform ? { transform } : {})} />
      ),
    };
  }

  return {
    id: def.id,
    name: def.name,
    description: def.description,
    files: queries.map((q) => q.queryKey[1]),
    zoomable: def.zoomable ?? false,
    layers: def.layers ?? [],
    useFigure,
    preload,
    isWarm: () => warmed,
    warm: (client) => {
      warmed = true;
      preload().catch(() => {
        loading = undefined;
      });
      // A failed file is fetched again, and reported, when the chart renders.
      for (const q of queries) client.query(q).catch(() => undefined);
    },
    buildFigure: async (client, { lang = 'en', ...context }) => {
      await Promise.all([preload(), loadChartTexts(lang)]);
      const code = impl;
      if (!code) throw new Error(`${def.id}: chart code did not load`);
      const [english, texts, ...values] = await Promise.all([
        client.query({ ...sourcesQuery, staleTime: 'static' }),
        client.query(dataTextsQuery(lang)),
        ...queries.map((q) => client.query({ ...q, staleTime: 'static' })),
      ]);
      const data = assemble(values, texts);
      const sources = localizeSources(english, texts);
      const model = code.build(data, {
        ...context,
        lang,
        sources,
        ...(lang !== 'en' ? { translateQuote: (q: string) => texts[quoteKey(q)] } : {}),
      });
      const { Plot } = code;
      return {
        model,
        sources,
        renderPlot: (palette) => <Plot plot={model.plot} palette={palette} />,
      };
    },
  };
}

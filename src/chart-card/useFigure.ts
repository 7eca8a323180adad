import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { composeFigure, prepareInput, type ComposedFigure } from '../charts/compose';
import type { Chart } from '../charts/registry';
import type { FigureSize } from '../figure/frame';
import type { Selection } from '../figure/selection';
import { datasetQuery, retryFailedFiles, sourcesQuery } from '../queries/datasets';
import { dataTextsQuery } from '../queries/dataTexts';
import type { DatasetName } from '../schema/dataFiles';
import type { Language } from '../i18n/languages';
import { useLanguage } from '../state/language';

export type FigureState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | ({ status: 'ready'; missing: readonly Error[] } & ComposedFigure);

/** The chart's code and its words in `lang`: the module once both have arrived. */
function useModule(chart: Chart, lang: Language, load: boolean) {
  const ready = useCallback(
    () => (chart.text(lang) === undefined ? undefined : chart.loaded()),
    [chart, lang],
  );
  const module = useSyncExternalStore(chart.subscribe, ready, ready);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    // After a failure, clearing the error tries again.
    if (load && !module && !error) {
      Promise.all([chart.load(), chart.loadText(lang)]).catch((e: unknown) => {
        setError(e instanceof Error ? e : new Error(String(e)));
      });
    }
  }, [chart, lang, load, module, error]);
  return { module, error, clearError: () => setError(null) };
}

type Loaded = { data?: unknown; error: Error | null }[];

/** The chart's files, words and sources in the reader's language, fetched once `load` is set. */
function useInputs(chart: Chart, load: boolean) {
  const names = useMemo(
    () => [...new Set(Object.values(chart.datasets))] as DatasetName[],
    [chart],
  );
  // The files as one record once all have arrived; recomputed only when a query's state changes.
  // A file the chart can go without counts as there (null) once it has failed; its error is kept.
  const combine = useCallback(
    (results: Loaded) => {
      const without = (i: number) => chart.optional.has(names[i] ?? 'sources');
      const settled = results.map((r, i) => (r.error && without(i) ? null : r.data));
      return {
        datasets: settled.every((d) => d !== undefined)
          ? Object.fromEntries(names.map((n, i) => [n, settled[i]]))
          : undefined,
        error: results.find((r, i) => r.error && !without(i))?.error ?? null,
        missing: results.flatMap((r, i) => (r.error && without(i) ? [r.error] : [])),
      };
    },
    [chart, names],
  );
  // A chart far below the fold fetches nothing either (the map's geometry waits for the map).
  const files = useQueries({
    queries: useMemo(
      () => names.map((n) => ({ ...datasetQuery(n), enabled: load })),
      [names, load],
    ),
    combine,
  });
  const sources = useQuery({ ...sourcesQuery, enabled: load });
  const { lang } = useLanguage();
  const words = useQuery({ ...dataTextsQuery(lang), enabled: load });
  const error = files.error ?? sources.error ?? words.error;
  return {
    lang,
    datasets: files.datasets,
    missing: files.missing,
    sources: sources.data,
    words: words.data,
    error,
  };
}

export type ComposerState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'ready'; missing: readonly Error[]; compose: (size: FigureSize) => ComposedFigure };

/** A chart's figures in a view at any size, once its code, words and files are here. */
export function useComposer(chart: Chart, selection: Selection, load = true): ComposerState {
  const { lang, datasets, missing, sources, words, error } = useInputs(chart, load);
  const code = useModule(chart, lang, load);
  const client = useQueryClient();
  const { module } = code;
  const input = useMemo(
    () =>
      module && datasets && sources && words
        ? prepareInput(chart, module, { datasets, sources, words }, lang)
        : null,
    [chart, module, datasets, sources, words, lang],
  );
  const { sector, year, place } = selection;
  const hide = selection.hide?.join(',');
  const compose = useMemo(() => {
    if (!module || !input) return null;
    const view = { sector, year, place, ...(hide ? { hide: hide.split(',') } : {}) };
    return (size: FigureSize) => composeFigure(module, input, size, view);
  }, [module, input, sector, year, place, hide]);

  const failed = error ?? code.error;
  if (failed) {
    return {
      status: 'error',
      error: failed,
      retry: () => {
        code.clearError();
        void retryFailedFiles(client);
      },
    };
  }
  return compose ? { status: 'ready', missing, compose } : { status: 'pending' };
}

/** A chart's figure at a size and view, for a surface in React's tree. */
export function useFigure(
  chart: Chart,
  size: FigureSize | null,
  selection: Selection,
  load = true,
): FigureState {
  const state = useComposer(chart, selection, load);
  const compose = state.status === 'ready' ? state.compose : null;
  const { width, height, typeWidth, projectionTypeWidth, plotTypeWidth, simplify } = size ?? {};
  const omitTitle = size?.omit?.title ?? false;
  const omitSubtitle = size?.omit?.subtitle ?? false;
  const omitSource = size?.omit?.source ?? false;
  const partIndex = size?.part?.index;
  const partCount = size?.part?.count;
  const figure = useMemo(() => {
    if (!compose || width === undefined) return null;
    return compose({
      width,
      ...(height === undefined ? {} : { height }),
      ...(typeWidth === undefined ? {} : { typeWidth }),
      ...(projectionTypeWidth === undefined ? {} : { projectionTypeWidth }),
      ...(plotTypeWidth === undefined ? {} : { plotTypeWidth }),
      ...(simplify === undefined ? {} : { simplify }),
      ...(partIndex === undefined || partCount === undefined
        ? {}
        : { part: { index: partIndex, count: partCount } }),
      omit: { title: omitTitle, subtitle: omitSubtitle, source: omitSource },
    });
  }, [
    compose,
    width,
    height,
    typeWidth,
    projectionTypeWidth,
    plotTypeWidth,
    simplify,
    partIndex,
    partCount,
    omitTitle,
    omitSubtitle,
    omitSource,
  ]);
  if (state.status !== 'ready') return state;
  return figure ? { status: 'ready', missing: state.missing, ...figure } : { status: 'pending' };
}

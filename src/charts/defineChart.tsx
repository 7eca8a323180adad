import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import type { FigureSize } from '../figure/frame';
import type { Palette } from '../figure/palette';
import { sourcesQuery, type SourceIndex } from '../queries/datasets';
import type { FigureModel } from './types';

export interface ChartDefinition<Data, Plot, Key extends QueryKey = QueryKey> {
  id: string;
  /** Short name for navigation and headings. */
  name: string;
  /** One line on what the chart shows. */
  description: string;
  /** The dataset file it draws from, named in errors. */
  file: string;
  query: UseQueryOptions<Data, Error, Data, Key>;
  build: (data: Data, sources: SourceIndex, size: FigureSize) => FigureModel<Plot>;
  Plot: ComponentType<{ plot: Plot; palette: Palette }>;
}

export type FigureState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | {
      status: 'ready';
      model: FigureModel<unknown>;
      sources: SourceIndex;
      renderPlot: (palette: Palette) => ReactNode;
    };

/** A chart as the surfaces see it: its identity and a hook that yields its figure at a size. */
export interface RegisteredChart {
  id: string;
  name: string;
  description: string;
  file: string;
  useFigure: (size: FigureSize | null) => FigureState;
}

export function defineChart<Data, Plot, Key extends QueryKey>(
  def: ChartDefinition<Data, Plot, Key>,
): RegisteredChart {
  function useFigure(size: FigureSize | null): FigureState {
    const data = useQuery(def.query);
    const sources = useQuery(sourcesQuery);
    const width = size?.width;
    const height = size?.height;
    const model = useMemo(() => {
      if (data.data === undefined || sources.data === undefined || width === undefined) return null;
      return def.build(
        data.data,
        sources.data,
        height === undefined ? { width } : { width, height },
      );
    }, [data.data, sources.data, width, height]);

    const error = data.error ?? sources.error;
    if (error) {
      return {
        status: 'error',
        error,
        retry: () => {
          if (sources.isError) void sources.refetch();
          void data.refetch();
        },
      };
    }
    if (!model || !sources.data) return { status: 'pending' };
    const { Plot } = def;
    return {
      status: 'ready',
      model,
      sources: sources.data,
      renderPlot: (palette) => <Plot plot={model.plot} palette={palette} />,
    };
  }
  return { id: def.id, name: def.name, description: def.description, file: def.file, useFigure };
}

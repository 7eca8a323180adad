import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisteredChart } from '../charts/defineChart';
import { FigureFrame } from '../figure/FigureFrame';
import { palettes } from '../figure/palette';
import { AboutData } from './AboutData';
import { DatasetErrorView } from './DatasetErrorView';
import { DataTableView } from './DataTableView';
import { ExportMenu } from './ExportMenu';
import { MarkLayer } from './MarkLayer';
import { Link } from './router';
import { updateSelection, useSelection } from './selection';
import { useTheme } from './theme';
import { useElementWidth } from './useElementWidth';
import { useNearViewport } from './useNearViewport';
import { useZoom } from './useZoom';

interface Props {
  chart: RegisteredChart;
  /** Heading level of the chart's name in the page outline. */
  headingLevel: 2 | 1;
  /** Show a link to the chart's own page (on the dashboard). */
  linkToPage?: boolean;
}

type Tab = 'chart' | 'table';

const PAN_STEP = 60;

/** One chart with its controls: the figure (or its table), the sources, and any data error. */
export function ChartView({ chart, headingLevel, linkToPage = false }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const selection = useSelection();
  const near = useNearViewport(wrap);
  const state = chart.useFigure(width === null ? null : { width }, selection, near);
  const { theme } = useTheme();
  const [tab, setTab] = useState<Tab>('chart');
  const headingId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const model = state.status === 'ready' ? state.model : null;
  const zoom = useZoom(figureRef, model?.frame.plot ?? null, chart.zoomable && tab === 'chart');
  const hidden = new Set(selection.hide ?? []);

  const onZoomKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => zoom.pan(PAN_STEP, 0),
      ArrowRight: () => zoom.pan(-PAN_STEP, 0),
      ArrowUp: () => zoom.pan(0, PAN_STEP),
      ArrowDown: () => zoom.pan(0, -PAN_STEP),
      '+': zoom.zoomIn,
      '=': zoom.zoomIn,
      '-': zoom.zoomOut,
      '0': zoom.reset,
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <article className="chart-card" aria-labelledby={headingId} data-chart-card={chart.id}>
      <div className="chart-card-head">
        <Heading id={headingId} className="chart-name">
          {chart.name}
        </Heading>
        <div className="chart-tools">
          <div className="segmented" role="group" aria-label={`${chart.name}: view`}>
            <button type="button" aria-pressed={tab === 'chart'} onClick={() => setTab('chart')}>
              Chart
            </button>
            <button type="button" aria-pressed={tab === 'table'} onClick={() => setTab('table')}>
              Table
            </button>
          </div>
          {state.status === 'ready' && (
            <ExportMenu chart={chart} width={state.model.frame.width} selection={selection} />
          )}
          {linkToPage && (
            <Link className="button ghost" to={`/chart/${chart.id}`}>
              Open
              <span className="visually-hidden"> the {chart.name.toLowerCase()} chart page</span>
            </Link>
          )}
        </div>
      </div>
      {tab === 'chart' &&
        (chart.zoomable || chart.layers.length > 0) &&
        state.status === 'ready' && (
          <div className="chart-controls">
            {chart.layers.length > 0 && (
              <fieldset className="layer-toggles">
                <legend>Layers</legend>
                {chart.layers.map((l) => (
                  <label key={l.id}>
                    <input
                      type="checkbox"
                      checked={!hidden.has(l.id)}
                      onChange={(e) => {
                        const next = new Set(hidden);
                        if (e.target.checked) next.delete(l.id);
                        else next.add(l.id);
                        updateSelection({ hide: [...next] });
                      }}
                    />
                    {l.label}
                  </label>
                ))}
              </fieldset>
            )}
            {chart.zoomable && (
              <div
                className="zoom-controls"
                role="group"
                aria-label={`${chart.name}: zoom and pan (arrow keys pan, + and − zoom, 0 resets)`}
                onKeyDown={onZoomKeys}
              >
                <button type="button" className="button" onClick={zoom.zoomIn} aria-label="Zoom in">
                  +
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={zoom.zoomOut}
                  aria-label="Zoom out"
                >
                  −
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={zoom.reset}
                  disabled={
                    zoom.transform.k === 1 && zoom.transform.x === 0 && zoom.transform.y === 0
                  }
                >
                  Reset view
                </button>
              </div>
            )}
          </div>
        )}
      <div ref={wrap} className="figure-wrap">
        {state.status === 'pending' && (
          <div className="chart-loading" role="status">
            Loading {chart.name.toLowerCase()}…
          </div>
        )}
        {state.status === 'error' && (
          <DatasetErrorView error={state.error} chartName={chart.name} onRetry={state.retry} />
        )}
        {state.status === 'ready' && tab === 'chart' && (
          <div
            ref={figureRef}
            className={`figure${chart.zoomable && zoom.transform.k > 1 ? ' zoomed' : ''}`}
            style={{ width: state.model.frame.width }}
          >
            <FigureFrame
              chartId={chart.id}
              frame={state.model.frame}
              text={state.model.text}
              summary={state.model.summary}
              palette={palettes[theme]}
            >
              {state.renderPlot(palettes[theme], chart.zoomable ? zoom.transform : undefined)}
            </FigureFrame>
            <MarkLayer
              marks={state.model.marks}
              width={state.model.frame.width}
              height={state.model.frame.height}
              sources={state.sources}
              label={`${chart.name}: data points`}
              {...(chart.zoomable
                ? { transform: { ...zoom.transform, clip: state.model.frame.plot } }
                : {})}
            />
          </div>
        )}
        {state.status === 'ready' && tab === 'table' && (
          <DataTableView table={state.model.table} summary={state.model.summary} />
        )}
      </div>
      {state.status === 'ready' && (
        <details className="about-panel">
          <summary>About this data</summary>
          <AboutData
            files={chart.files}
            citations={state.model.citations}
            quotes={state.model.quotes}
            sources={state.sources}
          />
        </details>
      )}
    </article>
  );
}

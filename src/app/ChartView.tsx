import { useId, useRef, useState } from 'react';
import type { RegisteredChart } from '../charts/defineChart';
import { FigureFrame } from '../figure/FigureFrame';
import { palettes } from '../figure/palette';
import { AboutData } from './AboutData';
import { DatasetErrorView } from './DatasetErrorView';
import { DataTableView } from './DataTableView';
import { MarkLayer } from './MarkLayer';
import { Link } from './router';
import { useTheme } from './theme';
import { useElementWidth } from './useElementWidth';

interface Props {
  chart: RegisteredChart;
  /** Heading level of the chart's name in the page outline. */
  headingLevel: 2 | 1;
  /** Show a link to the chart's own page (on the dashboard). */
  linkToPage?: boolean;
}

type Tab = 'chart' | 'table';

/** One chart with its controls: the figure (or its table), the sources, and any data error. */
export function ChartView({ chart, headingLevel, linkToPage = false }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const state = chart.useFigure(width === null ? null : { width });
  const { theme } = useTheme();
  const [tab, setTab] = useState<Tab>('chart');
  const headingId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

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
          {linkToPage && (
            <Link className="button ghost" to={`/chart/${chart.id}`}>
              Open
              <span className="visually-hidden"> the {chart.name.toLowerCase()} chart page</span>
            </Link>
          )}
        </div>
      </div>
      <div ref={wrap} className="figure-wrap">
        {state.status === 'pending' && (
          <div className="chart-loading" role="status">
            Loading {chart.name.toLowerCase()} data…
          </div>
        )}
        {state.status === 'error' && (
          <DatasetErrorView error={state.error} chartName={chart.name} onRetry={state.retry} />
        )}
        {state.status === 'ready' && tab === 'chart' && (
          <div className="figure" style={{ width: state.model.frame.width }}>
            <FigureFrame
              chartId={chart.id}
              frame={state.model.frame}
              text={state.model.text}
              summary={state.model.summary}
              palette={palettes[theme]}
            >
              {state.renderPlot(palettes[theme])}
            </FigureFrame>
            <MarkLayer
              marks={state.model.marks}
              width={state.model.frame.width}
              height={state.model.frame.height}
              sources={state.sources}
              label={`${chart.name}: data points`}
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
            file={chart.file}
            citations={state.model.citations}
            quotes={state.model.quotes}
            sources={state.sources}
          />
        </details>
      )}
    </article>
  );
}

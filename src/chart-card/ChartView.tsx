import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import type { Chart } from '../charts/registry';
import { palettes } from '../figure/palette';
import { DatasetErrorView } from './DatasetErrorView';
import { EmbedButton } from '../embed-ui/EmbedButton';
import { ExportMenu } from '../export-ui/ExportMenu';
import { LazyDetails } from '../components/LazyDetails';
import { LiveFigure } from './LiveFigure';
import { Link } from '../state/router';
import { useSelection } from '../state/selection';
import { ChartControls } from './ChartControls';
import { useTheme } from '../state/theme';
import { useElementWidth } from '../hooks/useElementWidth';
import { firstFigureDrawn, useNearViewport } from '../hooks/useNearViewport';
import { useZoom } from './useZoom';
import { useFigure } from './useFigure';
import { isWarm } from '../queries/loadFigure';
import { chartFiles } from '../charts/defineChart';

interface Props {
  chart: Chart;
  /** Heading level of the chart's name in the page outline. */
  headingLevel: 2 | 1;
  /** Show a link to the chart's own page (on the dashboard). */
  linkToPage?: boolean;
}

// Shown only when asked for: their code loads then.
const AboutData = lazy(() => import('./AboutData').then((m) => ({ default: m.AboutData })));
const DataTableView = lazy(() =>
  import('./DataTableView').then((m) => ({ default: m.DataTableView })),
);

type Tab = 'chart' | 'table';

/** One chart with its controls: the figure (or its table), the sources, and any data error. */
export function ChartView({ chart, headingLevel, linkToPage = false }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const selection = useSelection();
  // The chart the page opened with is already loading; it draws even just below the fold.
  const near = useNearViewport(wrap) || isWarm(chart);
  const state = useFigure(chart, width === null ? null : { width }, selection, near);
  const { theme } = useTheme();
  const t = useT();
  const { lang } = useLanguage();
  const name = chart.names[lang].name;
  const [tab, setTab] = useState<Tab>('chart');
  const headingId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const model = state.status === 'ready' ? state.model : null;
  useEffect(() => {
    if (model) firstFigureDrawn();
  }, [model]);
  const zoom = useZoom(figureRef, model?.frame.plot ?? null, chart.zoomable && tab === 'chart');

  return (
    <article className="chart-card" aria-labelledby={headingId} data-chart-card={chart.id}>
      <div className="chart-card-head">
        <Heading id={headingId} className="chart-name">
          {name}
        </Heading>
        <div className="chart-tools">
          <div className="segmented" role="group" aria-label={t.chartViews(name)}>
            <button type="button" aria-pressed={tab === 'chart'} onClick={() => setTab('chart')}>
              {t.viewChart}
            </button>
            <button type="button" aria-pressed={tab === 'table'} onClick={() => setTab('table')}>
              {t.viewTable}
            </button>
          </div>
          {state.status === 'ready' && (
            <ExportMenu chart={chart} width={state.model.frame.width} selection={selection} />
          )}
          {state.status === 'ready' && window.location.protocol !== 'file:' && (
            <EmbedButton
              chart={chart}
              title={state.model.text.title}
              width={state.model.frame.width}
              height={state.model.frame.height}
              selection={selection}
            />
          )}
          {linkToPage && (
            <Link className="button ghost" to={`/chart/${chart.id}`}>
              {t.open}
              <span className="visually-hidden"> {t.openChartPage(name.toLowerCase())}</span>
            </Link>
          )}
        </div>
      </div>
      {tab === 'chart' && state.status === 'ready' && <ChartControls chart={chart} zoom={zoom} />}
      <div ref={wrap} className="figure-wrap">
        {state.status === 'pending' && (
          <div className="chart-loading" role="status">
            {t.loadingChart(name.toLowerCase())}
          </div>
        )}
        {state.status === 'error' && (
          <DatasetErrorView error={state.error} chartName={name} onRetry={state.retry} />
        )}
        {state.status === 'ready' && tab === 'chart' && (
          <LiveFigure
            chart={chart}
            figure={state}
            palette={palettes[theme]}
            figureRef={figureRef}
            {...(chart.zoomable ? { zoom: zoom.transform } : {})}
          />
        )}
        {state.status === 'ready' && tab === 'table' && (
          <Suspense fallback={null}>
            <DataTableView table={state.model.table} summary={state.model.summary} />
          </Suspense>
        )}
      </div>
      {state.status === 'ready' && (
        <LazyDetails className="about-panel" summary={t.aboutThisData}>
          {() => (
            <AboutData
              files={chartFiles(chart)}
              citations={state.model.citations}
              quotes={state.model.quotes}
              sources={state.sources}
            />
          )}
        </LazyDetails>
      )}
    </article>
  );
}

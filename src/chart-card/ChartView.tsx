import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { chartFiles } from '../charts/defineChart';
import type { Chart } from '../charts/registry';
import { BuildingPage, Island, useHydrated } from '../components/Island';
import { LazyDetails } from '../components/LazyDetails';
import { palettes } from '../figure/palette';
import { useElementWidth } from '../hooks/useElementWidth';
import { firstFigureDrawn } from '../hooks/useNearViewport';
import { useLanguage } from '../state/language';
import { useSelection } from '../state/selection';
import { useTheme } from '../state/theme';
import { useT } from '../state/useT';
import type { BuiltWidths } from './BuiltFigure';
import { FigureIsland } from './FigureIsland';
import { CardHead, type Tab } from './CardHead';
import { ChartControls } from './ChartControls';
import { DatasetErrorView } from './DatasetErrorView';
import { LiveFigure } from './LiveFigure';
import { SCREEN_TYPE_WIDTH } from '../figure/frame';
import { useFigure, type FigureState } from './useFigure';
import { useLiveness } from './useLiveness';
import { useZoom, type Zoom } from './useZoom';

interface Props {
  chart: Chart;
  /** Heading level of the chart's name in the page outline. */
  headingLevel: 2 | 1;
  /** Show a link to the chart's own page (on the dashboard). */
  linkToPage?: boolean;
  /** The widths a page built ahead of time lays the figure out at. */
  built: BuiltWidths;
  /** On the dashboard: the card spans the grid, or sits beside another. */
  span?: 'full' | 'half';
}

// Shown only when asked for: their code loads then.
const AboutData = lazy(() => import('./AboutData').then((m) => ({ default: m.AboutData })));
const DataTableView = lazy(() =>
  import('./DataTableView').then((m) => ({ default: m.DataTableView })),
);

interface AreaProps {
  chart: Chart;
  state: FigureState;
  live: boolean;
  tab: Tab;
  zoom: Zoom;
  figureRef: RefObject<HTMLDivElement | null>;
  built: BuiltWidths;
}

/** The figure (built, or live with its marks), its table, or what went wrong. */
function FigureArea({ chart, state, live, tab, zoom, figureRef, built }: AreaProps) {
  const t = useT();
  const { lang } = useLanguage();
  const { theme } = useTheme();
  const name = chart.names[lang].name;
  // What the files said can only show once the page is React's: the built page knew nothing of it.
  const hydrated = useHydrated();
  const loading = (
    <div className="chart-loading" role="status">
      {t.loadingChart(name.toLowerCase())}
    </div>
  );
  if (hydrated && state.status === 'error') {
    return <DatasetErrorView error={state.error} chartName={name} onRetry={state.retry} />;
  }
  const ready = state.status === 'ready' && live ? state : null;
  if (tab === 'table') {
    if (!ready) return loading;
    return (
      <Suspense fallback={null}>
        <DataTableView table={ready.model.table} summary={ready.model.summary} />
      </Suspense>
    );
  }
  return (
    <FigureIsland
      chart={chart}
      widths={built}
      live={
        ready && (
          <LiveFigure
            chart={chart}
            figure={ready}
            palette={palettes[theme]}
            figureRef={figureRef}
            {...(chart.zoomable ? { zoom: zoom.transform } : {})}
          />
        )
      }
    />
  );
}

/** What the data say about the figure, and where they come from; also in a page built ahead. */
function AboutPanel({
  chart,
  state,
  built,
}: {
  chart: Chart;
  state: FigureState;
  built: BuiltWidths;
}) {
  const t = useT();
  // A page built ahead of time has no live figure: it says what its wide layout says.
  const building = useContext(BuildingPage);
  const builtState = useFigure(chart, building ? { width: built.wide } : null, {}, building);
  const about = (figure: Extract<FigureState, { status: 'ready' }>) => (
    <AboutData
      files={chartFiles(chart)}
      summary={figure.model.summary}
      citations={figure.model.citations}
      quotes={figure.model.quotes}
      sources={figure.sources}
    />
  );
  return (
    <LazyDetails className="about-panel" summary={t.aboutThisData}>
      {(opened) => (
        <Island
          id={`about-${chart.id}`}
          live={opened && state.status === 'ready' ? about(state) : null}
        >
          {builtState.status === 'ready' && about(builtState)}
        </Island>
      )}
    </LazyDetails>
  );
}

/** One chart with its controls: the figure (or its table), the sources, and any data error. */
export function ChartView({ chart, headingLevel, linkToPage = false, built, span }: Props) {
  const t = useT();
  const wrap = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const selection = useSelection();
  const { load, reach } = useLiveness(chart, wrap, selection);
  // A built figure needs no width until it goes live.
  const width = useElementWidth(wrap, load);
  // On screen, type stops growing past a laptop's card: on a 4K screen a full-width card and
  // the half-width ones beside it set their text at one size, near the page's own.
  const state = useFigure(
    chart,
    width === null ? null : { width, typeWidth: SCREEN_TYPE_WIDTH },
    selection,
    load,
  );
  const [tab, setTab] = useState<Tab>('chart');
  const headingId = useId();
  const model = load && state.status === 'ready' ? state.model : null;
  const live = model !== null;
  useEffect(() => {
    if (model) firstFigureDrawn();
  }, [model]);
  const zoom = useZoom(
    figureRef,
    model?.frame.plot ?? null,
    chart.zoomable && tab === 'chart',
    model?.zoomFocus,
  );
  return (
    <article
      className={span === 'full' ? 'chart-card full' : 'chart-card'}
      aria-labelledby={headingId}
      data-chart-card={chart.id}
      onPointerEnter={reach}
      onFocus={reach}
      onTouchStart={reach}
    >
      <CardHead
        chart={chart}
        headingId={headingId}
        headingLevel={headingLevel}
        linkToPage={linkToPage}
        tab={tab}
        onTab={setTab}
        width={width ?? built.wide}
        model={model}
        selection={selection}
        onReach={reach}
      />
      {tab === 'chart' && model && <ChartControls chart={chart} zoom={zoom} />}
      {load && state.status === 'ready' && state.missing.length > 0 && (
        <p className="no-match" role="status">
          {state.missing.map((e) => t.drawnWithout(e.message)).join(' ')}
        </p>
      )}
      {tab === 'chart' && model?.noMatch && (
        <p className="no-match" role="status">
          {t.noMatch}
        </p>
      )}
      <div ref={wrap} className="figure-wrap">
        <FigureArea {...{ chart, state, live, tab, zoom, figureRef, built }} />
      </div>
      <AboutPanel chart={chart} state={state} built={built} />
    </article>
  );
}

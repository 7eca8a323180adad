import { useT } from '../state/useT';
import { useEffect, useRef, useState } from 'react';
import { charts, findChart } from '../charts/registry';
import type { Chart } from '../charts/registry';
import { palettes } from '../figure/palette';
import { ChartControls } from '../chart-card/ChartControls';
import { useFigure } from '../chart-card/useFigure';
import { useWindowSize } from '../hooks/useWindowSize';
import { DatasetErrorView } from '../chart-card/DatasetErrorView';
import { parseEmbedOptions, type EmbedOptions } from '../embed-ui/embedOptions';
import { LiveFigure } from '../chart-card/LiveFigure';
import { absoluteHref, useLocation } from '../state/router';
import { useSelection } from '../state/selection';
import { useTheme } from '../state/theme';
import { useZoom } from '../chart-card/useZoom';
import { FigureIsland } from '../chart-card/FigureIsland';
import { useHydrated } from '../components/Island';
import { useLanguage } from '../state/language';

/**
 * The width an embed is built at, a common frame's in an article: it paints the frame's first
 * frame, scaled to fit, until the live figure, laid out for the frame's own size, takes its place
 * (an embed goes live as it loads).
 */
const BUILT = { wide: 800 };

/** Below this the figure would be squashed; the frame scrolls instead. */
const MIN_HEIGHT = 240;
/** A figure is scaled into a short frame down to this share of its own height, no further. */
const MIN_FIT = 0.7;

/** The origin of the page that holds this frame, where the browser says; null when unknown. */
function parentOrigin(): string | null {
  const ancestors = window.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors.item(0);
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function EmbedPage({ id }: { id: string }) {
  const chart = findChart(id);
  const t = useT();
  useEffect(() => {
    document.documentElement.dataset.surface = 'embed';
    return () => {
      delete document.documentElement.dataset.surface;
    };
  }, []);
  if (!chart) {
    return (
      <section className="embed-missing" aria-labelledby="embed-missing-title">
        <h1 id="embed-missing-title">{t.noSuchChartTitle}</h1>
        <p>{t.noChartToEmbed(id)}</p>
        <p>
          <a href={absoluteHref('/')} target="_blank" rel="noopener">
            {t.seeChartList}
          </a>{' '}
          ({charts.map((c) => c.id).join(', ')}).
        </p>
      </section>
    );
  }
  return <EmbeddedChart chart={chart} />;
}

function EmbeddedChart({ chart }: { chart: Chart }) {
  const options: EmbedOptions = parseEmbedOptions(useLocation().search);
  const selection = useSelection();
  const viewport = useWindowSize();
  const { theme } = useTheme();
  const controlsRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const [controlsHeight, setControlsHeight] = useState(0);
  const omit = { title: !options.title, source: !options.source };
  const width = Math.max(viewport.width, 280);
  // The height the figure would choose for this width is what the host is told, so a resizing
  // host gives it exactly that. Until then it fills the frame, unless the frame is so short that
  // its text would shrink past reading: then it keeps its own height and the frame scrolls.
  const natural = useFigure(chart, { width, omit }, selection);
  const wanted = natural.status === 'ready' ? Math.ceil(natural.model.frame.height) : null;
  const room = Math.max(viewport.height - controlsHeight, MIN_HEIGHT);
  const height = wanted !== null && room < wanted * MIN_FIT ? wanted : room;
  const state = useFigure(chart, { width, height, omit }, selection);
  const model = state.status === 'ready' ? state.model : null;
  const zoom = useZoom(figureRef, model?.frame.plot ?? null, chart.zoomable, model?.zoomFocus);

  useEffect(() => {
    const el = controlsRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setControlsHeight(el.offsetHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [options.controls, state.status]);

  useEffect(() => {
    if (model) document.title = model.text.title;
  }, [model]);

  const fullHeight = wanted === null ? null : wanted + controlsHeight;
  useEffect(() => {
    if (fullHeight === null || window.parent === window) return;
    const post = () => {
      window.parent.postMessage({ type: 'kzcn:resize', chart: chart.id, height: fullHeight }, '*');
    };
    post();
    // A host script that arrives late asks again; only the parent, from its own origin, with
    // exactly this message, gets an answer, and the answer is the height alone.
    const expected = parentOrigin();
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || expected === null || e.origin !== expected) return;
      const data: unknown = e.data;
      if (
        typeof data === 'object' &&
        data !== null &&
        (data as { type?: unknown }).type === 'kzcn:hello'
      ) {
        post();
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [fullHeight, chart.id]);

  const palette = palettes[theme];
  const hydrated = useHydrated();
  const { lang } = useLanguage();
  return (
    <div
      className="embed"
      data-embed={chart.id}
      data-transparent={options.transparent ? 'true' : undefined}
    >
      {options.controls && hydrated && state.status === 'ready' && (
        <div ref={controlsRef} className="embed-controls">
          <ChartControls chart={chart} zoom={zoom} />
        </div>
      )}
      {hydrated && state.status === 'error' ? (
        <DatasetErrorView
          error={state.error}
          chartName={chart.names[lang].name}
          onRetry={state.retry}
        />
      ) : (
        <FigureIsland
          chart={chart}
          widths={BUILT}
          live={
            state.status === 'ready' && (
              <LiveFigure
                chart={chart}
                figure={state}
                palette={palette}
                transparent={options.transparent}
                figureRef={figureRef}
                {...(chart.zoomable ? { zoom: zoom.transform } : {})}
              />
            )
          }
        />
      )}
    </div>
  );
}

import type { Chart } from '../charts/registry';
import { FigureFrame } from '../figure/FigureFrame';
import { palettes } from '../figure/palette';
import { plotFit } from '../figure/plotFit';
import type { SlideAspect } from '../figure/slideSize';
import { useFigure, type FigureState } from './useFigure';
import { useSlideFigure } from './useSlideFigure';

/** The widths a built page lays a figure out at: a phone's, and the surface's own. */
export interface BuiltWidths {
  /** Left out where the surface has one size (a slide). */
  narrow?: number;
  wide: number;
  /** A fixed height (a slide), else each layout takes the height it needs. */
  height?: number;
  /** A slide of this shape: laid out as the slides are (see useSlideFigure). */
  slide?: SlideAspect;
}

function Layout({
  chart,
  width,
  height,
  kind,
}: {
  chart: Chart;
  width: number;
  height?: number;
  kind: string;
}) {
  const state = useFigure(chart, height === undefined ? { width } : { width, height }, {});
  return <Drawn chart={chart} state={state} kind={kind} />;
}

function SlideLayout({ chart, aspect }: { chart: Chart; aspect: SlideAspect }) {
  return <Drawn chart={chart} state={useSlideFigure(chart, aspect, {}).state} kind="only" />;
}

function Drawn({ chart, state, kind }: { chart: Chart; state: FigureState; kind: string }) {
  if (state.status !== 'ready') return null;
  const { model } = state;
  const palette = palettes.light;
  return (
    <div className={`figure-layout ${kind}`}>
      <FigureFrame
        chartId={chart.id}
        frame={model.frame}
        text={model.text}
        summary={model.summary}
        palette={palette}
        fit={plotFit(model)}
        idSuffix={`-${kind}`}
      >
        {state.renderPlot(palette)}
      </FigureFrame>
    </div>
  );
}

/**
 * A figure in a page built ahead of time: laid out for a phone and for the surface's width, the
 * page's stylesheet showing the one that fits. Its colours are the light palette's; the page's
 * stylesheet turns them dark where the reader's scheme is (see staticFigureCss).
 */
export function BuiltFigure({ chart, widths }: { chart: Chart; widths: BuiltWidths }) {
  if (widths.slide) return <SlideLayout chart={chart} aspect={widths.slide} />;
  return (
    <>
      {widths.narrow !== undefined && <Layout chart={chart} width={widths.narrow} kind="narrow" />}
      <Layout
        chart={chart}
        width={widths.wide}
        kind={widths.narrow === undefined ? 'only' : 'wide'}
        {...(widths.height ? { height: widths.height } : {})}
      />
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import type { Chart } from '../charts/registry';
import { FigureFrame } from '../figure/FigureFrame';
import { palettes } from '../figure/palette';
import { plotFit } from '../figure/plotFit';
import type { SlideAspect } from '../figure/slideSize';
import { dataTextsQuery } from '../queries/dataTexts';
import { LANG_ATTRIBUTE, useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { BuiltMarks, tipsPath, type BuiltLayout, type LayoutKind } from './BuiltMarks';
import { tipContent, type TipContent } from './tipContent';
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
  /**
   * The marks' tooltips in a file of their own, fetched as the reader nears the figure, rather
   * than in the page: for figures below the fold, which the first view never shows.
   */
  tipsFile?: boolean;
}

type Ready = Extract<FigureState, { status: 'ready' }>;

function Drawn({ chart, state, kind }: { chart: Chart; state: Ready; kind: LayoutKind }) {
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

/** The layouts drawn, and the marks over them with their tooltips' words. */
function Layouts({
  chart,
  layouts,
  tipsFile = false,
  marks = true,
}: {
  chart: Chart;
  layouts: { kind: LayoutKind; state: FigureState }[];
  tipsFile?: boolean;
  /** A slide goes live as it opens: its built figure needs no marks of its own. */
  marks?: boolean;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const words = useQuery(dataTextsQuery(lang)).data;
  const ready = layouts.flatMap(({ kind, state }) =>
    state.status === 'ready' ? [{ kind, state }] : [],
  );
  const last = ready.at(-1);
  if (!last) return null;
  const tips: Record<string, TipContent> = {};
  for (const { state } of ready) {
    for (const m of state.model.marks) {
      tips[m.id] ??= tipContent(m, state.sources, t, lang, words, LANG_ATTRIBUTE[lang]);
    }
  }
  const built: BuiltLayout[] = ready.map(({ kind, state }) => ({ kind, model: state.model }));
  return (
    <>
      {ready.map(({ kind, state }) => (
        <Drawn key={kind} chart={chart} state={state} kind={kind} />
      ))}
      {marks && (
        <BuiltMarks
          layouts={built}
          label={t.markGroup(chart.names[lang].name)}
          chartId={chart.id}
          tips={tips}
          {...(tipsFile
            ? { tipsSrc: `${import.meta.env.BASE_URL}${tipsPath(lang, chart.id)}` }
            : {})}
        />
      )}
    </>
  );
}

function SlideBuilt({ chart, aspect }: { chart: Chart; aspect: SlideAspect }) {
  const { state } = useSlideFigure(chart, aspect, {});
  return <Layouts chart={chart} layouts={[{ kind: 'only', state }]} marks={false} />;
}

/**
 * A built figure is drawn once at its size and scaled, never zoomed, until the live one takes
 * its place: its outlines keep what shows at a screen's resolution (half a pixel).
 */
const BUILT_DETAIL = 1;

function PageBuilt({ chart, widths }: { chart: Chart; widths: BuiltWidths }) {
  const narrow = useFigure(
    chart,
    widths.narrow === undefined ? null : { width: widths.narrow, simplify: BUILT_DETAIL },
    {},
  );
  const wide = useFigure(
    chart,
    {
      width: widths.wide,
      simplify: BUILT_DETAIL,
      ...(widths.height ? { height: widths.height } : {}),
    },
    {},
  );
  return (
    <Layouts
      chart={chart}
      tipsFile={widths.tipsFile ?? false}
      layouts={[
        ...(widths.narrow === undefined ? [] : [{ kind: 'narrow' as const, state: narrow }]),
        { kind: widths.narrow === undefined ? 'only' : 'wide', state: wide },
      ]}
    />
  );
}

/**
 * A figure in a page built ahead of time: laid out for a phone and for the surface's width, the
 * page's stylesheet showing the one that fits, with its marks answering before its code arrives.
 * Its colours are the light palette's; the page's stylesheet turns them dark where the reader's
 * scheme is (see builtFigureCss).
 */
export function BuiltFigure({ chart, widths }: { chart: Chart; widths: BuiltWidths }) {
  return widths.slide ? (
    <SlideBuilt chart={chart} aspect={widths.slide} />
  ) : (
    <PageBuilt chart={chart} widths={widths} />
  );
}

import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type { Chart } from '../charts/registry';
import { findChart } from '../charts/registry';
import { palettes } from '../figure/palette';
import { useSlideFigure } from '../chart-card/useSlideFigure';
import { nearestAspect, SLIDE_HEIGHT, slideWidth, type SlideAspect } from '../figure/slideSize';
import { useWindowSize } from '../hooks/useWindowSize';
import { DatasetErrorView } from '../chart-card/DatasetErrorView';
import { Headlines } from './Headlines';
import { LiveFigure } from '../chart-card/LiveFigure';
import { NotFound } from './NotFound';
import { currentLocation, Link, replacePath } from '../state/router';
import { SLIDES, type Slide } from './slides';
import { useParts, type PartEntry, type Parts } from './useParts';
import { isInteractive, toggleFullscreen, useIdle, useSlideKeys } from './slideControls';
import { SourcesSlide } from './SourcesSlide';
import { useDeckDownload } from '../export-ui/useDeckDownload';
import { FigureIsland } from '../chart-card/FigureIsland';
import { useHydrated } from '../components/Island';
import { useSelection } from '../state/selection';
import { useTheme } from '../state/theme';

/**
 * The slide's shape is the screen's nearest (16:9, 16:10 or 4:3), laid out at that size rather
 * than letterboxed, and scaled to fill the screen.
 */
function useSlideShape(): { aspect: SlideAspect; width: number; height: number; scale: number } {
  const { width, height } = useWindowSize();
  const aspect = nearestAspect(width, height);
  const slide = { width: slideWidth(aspect), height: SLIDE_HEIGHT };
  const scale = Math.min(width / slide.width, height / slide.height) || 1;
  return { aspect, ...slide, scale };
}

/**
 * The deck: a title slide, each chart (a long one in parts, stepped through in turn), and the
 * sources, laid out for the screen's shape.
 */
export function PresentPage({ slide }: { slide: number }) {
  const count = SLIDES.length;
  const index = Math.min(Math.max(slide, 1), count) - 1;
  const current = SLIDES[index] ?? SLIDES[0];
  const { part, parts, onParts, step } = useParts(index);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const idle = useIdle(2500);
  const t = useT();
  const { lang } = useLanguage();

  // The address always names the slide, so it can be shared or bookmarked as it is.
  useEffect(() => {
    const path = `/present/${String(index + 1)}`;
    if (currentLocation().pathname !== path) replacePath(path);
  }, [slide, index]);

  useEffect(() => {
    const label =
      current?.kind === 'chart'
        ? current.chart.names[lang].name
        : current?.kind === 'sources'
          ? t.sourcesHeading
          : t.siteTitle;
    document.title = t.pageTitle(`${label} · ${String(index + 1)}/${String(count)}`);
  }, [current, index, count, t, lang]);

  /** To a slide; a step back into a chart of several parts lands on its last part. */
  const go = (i: number, entry: PartEntry = 'first') => {
    const next = Math.min(Math.max(i, 0), count - 1);
    if (next !== index) {
      step.enter(next, entry);
      replacePath(`/present/${String(next + 1)}`);
    }
  };
  /** One step on: the chart's next part, else the next slide; one step back likewise. */
  const forward = () => {
    if (!step.forward()) go(index + 1);
  };
  const back = () => {
    if (!step.back()) go(index - 1, 'last');
  };

  useSlideKeys({ forward, back, first: () => go(0), last: () => go(count - 1) });

  const onPointerDown = (e: ReactPointerEvent) => {
    swipe.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: ReactPointerEvent) => {
    const start = swipe.current;
    swipe.current = null;
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) {
      if (dx < 0) forward();
      else back();
    } else if (Math.hypot(dx, dy) < 8 && !isInteractive(e.target) && !markAnswered()) {
      // A click or tap on the slide, off its controls and marks: left third back, else on.
      const third = window.innerWidth / 3;
      if (e.clientX < third) back();
      else forward();
    }
  };

  return (
    <div
      className={`present${idle ? ' idle' : ''}`}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <SlideFrame>
        {current && <SlideBody slide={current} part={part} onParts={onParts} />}
      </SlideFrame>
      <p className="rotate-hint" aria-hidden="true">
        {t.rotateHint}
      </p>
      <nav className="present-bar" aria-label="Slides">
        <button type="button" onClick={back} disabled={index === 0 && parts.index === 0}>
          ← <span className="visually-hidden">{t.previousSlide}</span>
        </button>
        <span className="present-count" aria-live="polite">
          <span className="visually-hidden">{t.slideNumber} </span>
          {index + 1} / {count}
          {parts.count > 1 && (
            <span className="present-part"> · {t.slidePart(parts.index + 1, parts.count)}</span>
          )}
        </span>
        <button
          type="button"
          onClick={forward}
          disabled={index === count - 1 && parts.index === parts.count - 1}
        >
          <span className="visually-hidden">{t.nextSlide}</span> →
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t.fullScreen} <span className="visually-hidden">(F)</span>
        </button>
        <DeckButton />
        <Link to="/">{t.navDashboard}</Link>
      </nav>
    </div>
  );
}

/** These slides as one PowerPoint deck, in the screen's shape (16:10 screens get 16:9). */
function DeckButton() {
  const t = useT();
  const { aspect } = useSlideShape();
  const { busy, status, start } = useDeckDownload();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => void start('deck', aspect === '4:3' ? '4:3' : '16:9')}
      >
        {t.deckDownload}
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </>
  );
}

/** A click near a data mark opens its tooltip instead of turning the slide. */
function markAnswered(): boolean {
  return document.querySelector('.slide .mark-layer [role="tooltip"]') !== null;
}

/** One chart's slide alone, for a frame in someone else's deck. */
export function PresentOne({ id }: { id: string }) {
  const chart = findChart(id);
  const t = useT();
  const { lang } = useLanguage();
  useEffect(() => {
    if (chart) document.title = t.pageTitle(chart.names[lang].name);
  }, [chart, t, lang]);
  const { part, onParts, step } = useParts(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const moves: Record<string, () => boolean> = {
        ArrowRight: step.forward,
        PageDown: step.forward,
        ArrowLeft: step.back,
        PageUp: step.back,
      };
      if (moves[e.key]?.()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!chart) return <NotFound what={t.noSuchChart(id)} />;
  // A long chart's parts follow one another here too: arrow keys, or a click off its marks.
  const onClick = (e: ReactPointerEvent) => {
    if (isInteractive(e.target) || markAnswered()) return;
    if (!step.forward()) step.enter(0, 'first');
  };
  return (
    <div className="present present-one" onPointerUp={onClick}>
      <SlideFrame>
        <SlideBody
          slide={{ kind: 'chart', chart, label: chart.names.en.name }}
          part={part}
          onParts={onParts}
        />
      </SlideFrame>
    </div>
  );
}

function SlideFrame({ children }: { children: ReactNode }) {
  const { width, height, scale, aspect } = useSlideShape();
  return (
    <div className="slide-box" style={{ width: width * scale, height: height * scale }}>
      <section
        className="slide"
        aria-roledescription="slide"
        data-aspect={aspect}
        style={{ width, height, transform: `scale(${String(scale)})` }}
      >
        {children}
      </section>
    </div>
  );
}

interface PartProps {
  part: number | 'last';
  onParts: (parts: Parts) => void;
}

function SlideBody({ slide, part, onParts }: { slide: Slide } & PartProps) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide />;
    case 'chart':
      return <ChartSlide chart={slide.chart} part={part} onParts={onParts} />;
    case 'sources':
      return <SourcesSlide />;
  }
}

function TitleSlide() {
  const t = useT();
  return (
    <div className="slide-title">
      <h1>{t.siteTitle}</h1>
      <p className="lede">{t.slideTitleLede}</p>
      <Headlines />
    </div>
  );
}

function ChartSlide({ chart, part, onParts }: { chart: Chart } & PartProps) {
  const selection = useSelection();
  const { theme } = useTheme();
  const { aspect } = useSlideShape();
  const { state, count } = useSlideFigure(chart, aspect, selection, part);
  const index = part === 'last' ? count - 1 : Math.min(part, count - 1);
  useEffect(() => onParts({ index, count }), [index, count, onParts]);
  const { lang } = useLanguage();
  const name = chart.names[lang].name;
  const hydrated = useHydrated();
  if (hydrated && state.status === 'error') {
    return <DatasetErrorView error={state.error} chartName={name} onRetry={state.retry} />;
  }
  return (
    <FigureIsland
      chart={chart}
      widths={{ wide: slideWidth(aspect), height: SLIDE_HEIGHT, slide: aspect }}
      live={
        state.status === 'ready' && (
          <LiveFigure chart={chart} figure={state} palette={palettes[theme]} />
        )
      }
    />
  );
}

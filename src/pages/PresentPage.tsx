import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import {
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
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
import { SourcesSlide } from './SourcesSlide';
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

/** True after `ms` with no pointer or key: the slide controls step out of the way. */
function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = setTimeout(() => setIdle(true), ms);
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
    for (const e of events) window.addEventListener(e, wake);
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, wake);
    };
  }, [ms]);
  return idle;
}

function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, summary, [role="button"]') !== null
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Inside a frame without allowfullscreen the request is refused; the slide stays as it is.
  else if ('requestFullscreen' in document.documentElement) {
    void document.documentElement.requestFullscreen().catch(() => undefined);
  }
}

/** The deck: a title slide, one slide per chart, and the sources, letterboxed to any screen. */
export function PresentPage({ slide }: { slide: number }) {
  const count = SLIDES.length;
  const index = Math.min(Math.max(slide, 1), count) - 1;
  const current = SLIDES[index] ?? SLIDES[0];
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

  const go = (i: number) => {
    const next = Math.min(Math.max(i, 0), count - 1);
    if (next !== index) replacePath(`/present/${String(next + 1)}`);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys a focused control uses (arrows between a chart's marks, typing) stay with it.
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target;
      if (t instanceof HTMLElement && t.closest('input, select, textarea')) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        ' ': () => go(e.shiftKey ? index - 1 : index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(count - 1),
        f: toggleFullscreen,
        F: toggleFullscreen,
        Escape: () => {
          if (document.fullscreenElement) toggleFullscreen();
        },
      };
      const action = actions[e.key];
      if (!action) return;
      // Space and Enter on a focused button press it; the deck leaves them alone.
      if (e.key === ' ' && isInteractive(t)) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

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
      go(dx < 0 ? index + 1 : index - 1);
    } else if (Math.hypot(dx, dy) < 8 && !isInteractive(e.target) && !markAnswered()) {
      // A click or tap on the slide, off its controls and marks: left third back, else on.
      const third = window.innerWidth / 3;
      go(e.clientX < third ? index - 1 : index + 1);
    }
  };

  return (
    <div
      className={`present${idle ? ' idle' : ''}`}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
      <SlideFrame>{current && <SlideBody slide={current} />}</SlideFrame>
      <p className="rotate-hint" aria-hidden="true">
        {t.rotateHint}
      </p>
      <nav className="present-bar" aria-label="Slides">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← <span className="visually-hidden">{t.previousSlide}</span>
        </button>
        <span className="present-count" aria-live="polite">
          <span className="visually-hidden">{t.slideNumber} </span>
          {index + 1} / {count}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
          <span className="visually-hidden">{t.nextSlide}</span> →
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t.fullScreen} <span className="visually-hidden">(F)</span>
        </button>
        <Link to="/">{t.navDashboard}</Link>
      </nav>
    </div>
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
  if (!chart) return <NotFound what={t.noSuchChart(id)} />;
  return (
    <div className="present present-one">
      <SlideFrame>
        <SlideBody slide={{ kind: 'chart', chart, label: chart.names.en.name }} />
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

function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide />;
    case 'chart':
      return <ChartSlide chart={slide.chart} />;
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

function ChartSlide({ chart }: { chart: Chart }) {
  const selection = useSelection();
  const { theme } = useTheme();
  const { aspect } = useSlideShape();
  const state = useSlideFigure(chart, aspect, selection);
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

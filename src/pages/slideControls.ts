import { useEffect, useState } from 'react';

/** True after `ms` with no pointer or key: the slide controls step out of the way. */
export function useIdle(ms: number): boolean {
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

/** A click on a control or a link is the control's, not the deck's. */
export function isInteractive(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a, button, input, select, textarea, summary, [role="button"]') !== null
  );
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Inside a frame without allowfullscreen the request is refused; the slide stays as it is.
  else if ('requestFullscreen' in document.documentElement) {
    void document.documentElement.requestFullscreen().catch(() => undefined);
  }
}

export /** The presenter's keys: on, back, first and last slide, full screen. */
function useSlideKeys(moves: {
  forward: () => void;
  back: () => void;
  first: () => void;
  last: () => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys a focused control uses (arrows between a chart's marks, typing) stay with it.
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target;
      if (t instanceof HTMLElement && t.closest('input, select, textarea')) return;
      const actions: Record<string, () => void> = {
        ArrowRight: moves.forward,
        PageDown: moves.forward,
        ' ': e.shiftKey ? moves.back : moves.forward,
        ArrowLeft: moves.back,
        PageUp: moves.back,
        Home: moves.first,
        End: moves.last,
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
}

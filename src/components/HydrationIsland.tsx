import {
  createContext,
  startTransition,
  StrictMode,
  useContext,
  useEffect,
  useRef,
  type ReactNode,
} from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { earlyGestures, REACHED_EVENT } from './earlyGestures';
import { BuildingPage, useBuiltIsland } from './Island';

/** In Node, while a page is built: each island's content, to render as a root of its own. */
export interface IslandCollector {
  add: (id: string, content: ReactNode) => void;
}

export const IslandCollection = createContext<IslandCollector | null>(null);

/** Where an island's content goes in the page's markup, until it is rendered in its place. */
export const islandMarker = (id: string) => `<!--island:${id}-->`;

/** The prefix of an island's ids (`useId`): the same when built and when hydrated. */
export const islandPrefix = (id: string) => `${id}-`;

const islandKey = (id: string) => `island-${id}`;

/** Islands waiting for the browser to be idle, in page order: one hydrates per idle moment. */
const idleQueue: (() => void)[] = [];
let idleScheduled = false;

function whenIdle(run: () => void): void {
  const schedule =
    typeof requestIdleCallback === 'function'
      ? (cb: () => void) => requestIdleCallback(cb, { timeout: 4000 })
      : (cb: () => void) => setTimeout(cb, 200);
  schedule(run);
}

function drainIdle(): void {
  idleScheduled = false;
  idleQueue.shift()?.();
  if (idleQueue.length > 0) {
    idleScheduled = true;
    whenIdle(drainIdle);
  }
}

/**
 * Calls `open` once: when the browser is idle, when the element nears the viewport, or on the
 * reader's first gesture on it (also one made before any code ran; see earlyGestures).
 * Returns a function that stops waiting.
 */
function whenWanted(el: Element, id: string, open: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    stop();
    open();
  };
  const onReach = (e: Event) => {
    if (e instanceof CustomEvent && e.detail === id) once();
  };
  const target = el.firstElementChild ?? el;
  const near =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once(), {
          rootMargin: '400px',
        });
  const stop = () => {
    done = true;
    near?.disconnect();
    document.removeEventListener(REACHED_EVENT, onReach);
    const i = idleQueue.indexOf(once);
    if (i >= 0) idleQueue.splice(i, 1);
  };
  if (earlyGestures().reached.includes(id)) {
    once();
    return stop;
  }
  document.addEventListener(REACHED_EVENT, onReach);
  near?.observe(target);
  idleQueue.push(once);
  if (!idleScheduled) {
    idleScheduled = true;
    whenIdle(drainIdle);
  }
  return stop;
}

/** Marks a hydrated island (`data-hydrated`): tests and styles can tell it is React's. */
function IslandReady({ id }: { id: string }) {
  useEffect(() => {
    document.querySelector(`[data-island="${islandKey(id)}"]`)?.setAttribute('data-hydrated', '');
  }, [id]);
  return null;
}

interface Props {
  /** Names the island; a chart's card is named by its chart, as the reader's gestures are. */
  id: string;
  className?: string;
  /** The providers the island's own root needs (see useIslandProviders). */
  wrap: (children: ReactNode) => ReactNode;
  children: ReactNode;
}

const KEEP = { __html: '' };

/**
 * A part of a built page that becomes React's on its own schedule, not with the page: its markup
 * stays as built until the browser is idle, the reader nears it or reaches for it, and then it is
 * hydrated as a root of its own, so no one task hydrates the whole page. Built in Node, its
 * content is rendered as a root of its own too, with the same id prefix, so both agree. On a
 * page React draws itself (or once the reader has left the page it arrived on), it is simply
 * part of the page's tree.
 */
export function HydrationIsland({ id, className = 'island', wrap, children }: Props) {
  const collector = useContext(IslandCollection);
  const building = useContext(BuildingPage);
  const arrived = useBuiltIsland(islandKey(id));
  const el = useRef<HTMLDivElement>(null);
  const root = useRef<Root | null>(null);
  const content = (
    <StrictMode>
      <BuildingPage.Provider value={building}>
        {wrap(children)}
        <IslandReady id={id} />
      </BuildingPage.Provider>
    </StrictMode>
  );
  // The content as the page first drew it: the island is hydrated with that, once. Its parts
  // read the address, the reader's choices and the data themselves, so it needs no new props
  // while the page is the one it arrived on (another page draws it in the page's own tree).
  const first = useRef(content);
  useEffect(() => {
    const node = el.current;
    if (!arrived || !node) return;
    const stop = whenWanted(node, id, () => {
      startTransition(() => {
        root.current = hydrateRoot(node, first.current, { identifierPrefix: islandPrefix(id) });
      });
    });
    return () => {
      stop();
      const mounted = root.current;
      root.current = null;
      // Not while the page's own root is committing: a moment later.
      if (mounted) setTimeout(() => mounted.unmount(), 0);
    };
  }, [arrived, id]);
  if (collector) {
    collector.add(id, content);
    return (
      <div
        data-island={islandKey(id)}
        className={className}
        dangerouslySetInnerHTML={{ __html: islandMarker(id) }}
      />
    );
  }
  if (arrived) {
    return (
      <div
        key="built"
        ref={el}
        data-island={islandKey(id)}
        className={className}
        dangerouslySetInnerHTML={KEEP}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div key="drawn" className={className}>
      {children}
    </div>
  );
}

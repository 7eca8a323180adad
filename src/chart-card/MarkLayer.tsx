import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { InteractiveMark } from '../figure/model';
import type { SourceIndex } from '../schema/sources';
import { peekEarlyGestures, takeEarlyGestures } from '../components/earlyGestures';
import { updateSelection } from '../state/selection';
import {
  figurePoint,
  MARK_KEYS,
  nearestMark,
  placeMark,
  type PlacedMark,
  type PlotTransform,
} from './markPlacement';
import { MarkTooltip } from './MarkTooltip';

interface Props {
  /** The chart, to carry on from what a reader did on its built figure (see earlyGestures). */
  chartId: string;
  marks: readonly InteractiveMark[];
  width: number;
  height: number;
  sources: SourceIndex;
  label: string;
  transform?: PlotTransform;
}

/** The hit target of a mark: a circle, or a box for marks that cover an area. */
function targetStyle(m: InteractiveMark, p: PlacedMark) {
  return m.box
    ? {
        left: p.x - m.box.width / 2,
        top: p.y - m.box.height / 2,
        width: m.box.width,
        height: m.box.height,
        borderRadius: 4,
      }
    : { left: p.x - m.r, top: p.y - m.r, width: m.r * 2, height: m.r * 2 };
}

/**
 * Which mark shows its tooltip, how it was opened, and which one Tab reaches. Pointing, focus or
 * a tap only show a tooltip; a click, Enter or Space (or the touch tooltip's button) highlights.
 */
function useMarkFocus(marks: readonly InteractiveMark[], chartId: string) {
  // The built figure's tooltip, focus or pick, if the reader was at one: the live layer opens
  // with the same, in the same frame the built figure leaves (no flicker, nothing lost).
  const [early] = useState(() => peekEarlyGestures(chartId));
  const at = (g: { mark: string } | null) => {
    const i = g ? marks.findIndex((m) => m.id === g.mark) : -1;
    return i >= 0 ? i : null;
  };
  const [active, setActive] = useState<number | null>(() => at(early.tip));
  // Opened by a tap: it stays until a tap elsewhere, and offers a Highlight button.
  const [touched, setTouched] = useState(() => Boolean(early.tip?.touched));
  const [roving, setRoving] = useState(() => at(early.focus) ?? 0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const lastPointer = useRef<string>('mouse');
  const close = () => {
    setActive(null);
    setTouched(false);
  };
  const focusMark = (i: number) => {
    const n = marks.length;
    const next = ((i % n) + n) % n;
    setRoving(next);
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const move = MARK_KEYS[e.key];
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      focusMark(move(i, marks.length));
    } else if (e.key === 'Escape') {
      close();
    }
  };
  const highlight = (i: number) => {
    const m = marks[i];
    if (m?.select) updateSelection({ [m.select.key]: m.selected ? undefined : m.select.value });
  };
  const onClick = (i: number) => {
    setActive(i);
    if (lastPointer.current === 'touch') {
      setTouched(true);
    } else {
      highlight(i);
    }
    lastPointer.current = 'mouse';
  };
  useEffect(() => {
    takeEarlyGestures(chartId);
    const focused = at(early.focus);
    if (focused !== null) buttons.current[focused]?.focus();
    const picked = at(early.pick);
    if (picked !== null) highlight(picked);
    // Once, as the live layer arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return {
    active,
    setActive,
    touched,
    setTouched,
    close,
    roving,
    setRoving,
    buttons,
    notePointer: (type: string) => {
      lastPointer.current = type;
    },
    onKeyDown,
    onClick,
    highlight,
  };
}

/** While a tapped tooltip is open, a tap anywhere outside the chart's marks closes it. */
function useCloseOnTapOutside(
  open: boolean,
  layer: RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: globalThis.PointerEvent) => {
      if (!(e.target instanceof Node) || !layer.current?.contains(e.target)) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, layer, close]);
}

/**
 * Interaction over the figure: one focusable button per mark (arrow keys move between them),
 * the nearest mark answering the pointer, and a tooltip naming each figure's source. Activating
 * a mark picks it for highlighting across charts. It is HTML beside the SVG, never in an export.
 */
export function MarkLayer({ chartId, marks, width, height, sources, label, transform }: Props) {
  const focus = useMarkFocus(marks, chartId);
  const { active, setActive, touched, close } = focus;
  const tooltipId = useId();
  const layer = useRef<HTMLDivElement>(null);
  useCloseOnTapOutside(touched, layer, close);
  const placed = marks.map((m) => placeMark(m, transform));
  const nearest = (e: PointerEvent<HTMLDivElement>) => {
    const p = figurePoint(e.currentTarget, e.clientX, e.clientY);
    return nearestMark(placed, p.x, p.y);
  };
  const mark = active === null ? undefined : marks[active];
  const at = active === null ? undefined : placed[active];
  return (
    <div
      ref={layer}
      className="mark-layer"
      style={{ width, height }}
      role="group"
      aria-label={label}
      onPointerMove={(e) => {
        if (touched || e.pointerType === 'touch') return;
        setActive(nearest(e));
      }}
      onPointerLeave={(e) => {
        if (e.pointerType !== 'touch') close();
      }}
      onPointerDown={(e) => {
        focus.notePointer(e.pointerType);
        if (e.target !== e.currentTarget) return;
        // A tap between marks opens the nearest one's tooltip, or closes an open one.
        if (e.pointerType === 'touch') {
          const hit = nearest(e);
          setActive(hit);
          focus.setTouched(hit !== null);
        }
      }}
    >
      {marks.map((m, i) => {
        const p = placed[i] ?? { x: m.x, y: m.y, visible: true };
        return (
          <button
            key={m.id}
            ref={(el) => {
              focus.buttons.current[i] = el;
            }}
            type="button"
            className="mark-target"
            data-mark-id={m.id}
            aria-label={m.label}
            aria-pressed={m.select ? Boolean(m.selected) : undefined}
            aria-describedby={active === i ? tooltipId : undefined}
            tabIndex={i === focus.roving ? 0 : -1}
            hidden={!p.visible}
            style={targetStyle(m, p)}
            onFocus={() => {
              focus.setRoving(i);
              setActive(i);
            }}
            onBlur={(e) => {
              // Focus moving into the tooltip's button keeps the tooltip.
              if (!touched && !layer.current?.contains(e.relatedTarget)) setActive(null);
            }}
            onClick={() => {
              focus.onClick(i);
            }}
            onKeyDown={(e) => {
              focus.onKeyDown(e, i);
            }}
          />
        );
      })}
      {mark && at?.visible && (
        <MarkTooltip
          id={tooltipId}
          mark={mark}
          at={at}
          width={width}
          height={height}
          sources={sources}
          {...(touched && mark.select && active !== null
            ? { onHighlight: () => focus.highlight(active) }
            : {})}
        />
      )}
    </div>
  );
}

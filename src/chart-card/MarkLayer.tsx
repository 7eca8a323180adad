import { useT } from '../state/useT';
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { InteractiveMark } from '../figure/model';
import type { Rect } from '../figure/frame';
import { describeSource } from '../i18n/sources';
import type { SourceIndex } from '../schema/sources';
import { Quoted } from './Quoted';
import { updateSelection } from '../state/selection';

/** Pan and zoom of a plot: a point p of the plot shows at clip.x + x + k * (p.x - clip.x). */
export interface PlotTransform {
  x: number;
  y: number;
  k: number;
  clip: Rect;
}

interface Props {
  marks: readonly InteractiveMark[];
  width: number;
  height: number;
  sources: SourceIndex;
  label: string;
  transform?: PlotTransform;
}

/** Pointer distance within which the nearest mark answers, in px. */
const NEAR = 36;

function place(
  m: InteractiveMark,
  t: PlotTransform | undefined,
): { x: number; y: number; visible: boolean } {
  if (!t) return { x: m.x, y: m.y, visible: true };
  const x = t.clip.x + t.x + t.k * (m.x - t.clip.x);
  const y = t.clip.y + t.y + t.k * (m.y - t.clip.y);
  const visible =
    x >= t.clip.x && x <= t.clip.x + t.clip.width && y >= t.clip.y && y <= t.clip.y + t.clip.height;
  return { x, y, visible };
}

/**
 * Interaction over the figure: one focusable button per mark (arrow keys move between them),
 * the nearest mark answering the pointer, and a tooltip naming each figure's source. Activating
 * a mark picks it for highlighting across charts. It is HTML beside the SVG, never in an export.
 */
export function MarkLayer({ marks, width, height, sources, label, transform }: Props) {
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState(false);
  const [roving, setRoving] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tooltipId = useId();
  const t = useT();
  const placed = marks.map((m) => place(m, transform));

  const focusMark = (i: number) => {
    const n = marks.length;
    const next = ((i % n) + n) % n;
    setRoving(next);
    setActive(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const moves: Record<string, () => number> = {
      ArrowRight: () => i + 1,
      ArrowDown: () => i + 1,
      ArrowLeft: () => i - 1,
      ArrowUp: () => i - 1,
      Home: () => 0,
      End: () => marks.length - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      focusMark(move());
    } else if (e.key === 'Escape') {
      setActive(null);
      setPinned(false);
    }
  };

  const nearest = (e: PointerEvent<HTMLDivElement>): number | null => {
    const el = e.currentTarget;
    const box = el.getBoundingClientRect();
    // Figure units, also when a surface scales the figure (a slide, a zoomed page).
    const scale = el.offsetWidth > 0 ? box.width / el.offsetWidth : 1;
    const px = (e.clientX - box.left) / scale;
    const py = (e.clientY - box.top) / scale;
    let best: number | null = null;
    let bestDist = NEAR;
    placed.forEach((p, i) => {
      if (!p.visible) return;
      const d = Math.hypot(p.x - px, p.y - py);
      if (d < bestDist) {
        best = i;
        bestDist = d;
      }
    });
    return best;
  };

  const activate = (i: number) => {
    const m = marks[i];
    if (!m) return;
    if (m.select) updateSelection({ [m.select.key]: m.selected ? undefined : m.select.value });
    setActive(i);
    setPinned(true);
  };

  const mark = active === null ? undefined : marks[active];
  const at = active === null ? undefined : placed[active];
  return (
    <div
      className="mark-layer"
      style={{ width, height }}
      role="group"
      aria-label={label}
      onPointerMove={(e) => {
        if (pinned || e.pointerType === 'touch') return;
        setActive(nearest(e));
      }}
      onPointerLeave={(e) => {
        if (!pinned && e.pointerType !== 'touch') setActive(null);
      }}
      onPointerDown={(e) => {
        if (e.target !== e.currentTarget) return;
        const hit = nearest(e);
        setActive(hit);
        setPinned(hit !== null);
      }}
    >
      {marks.map((m, i) => {
        const p = placed[i] ?? { x: m.x, y: m.y, visible: true };
        return (
          <button
            key={m.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className="mark-target"
            data-mark-id={m.id}
            aria-label={m.label}
            aria-pressed={m.select ? Boolean(m.selected) : undefined}
            aria-describedby={active === i ? tooltipId : undefined}
            tabIndex={i === roving ? 0 : -1}
            hidden={!p.visible}
            style={
              m.box
                ? {
                    left: p.x - m.box.width / 2,
                    top: p.y - m.box.height / 2,
                    width: m.box.width,
                    height: m.box.height,
                    borderRadius: 4,
                  }
                : { left: p.x - m.r, top: p.y - m.r, width: m.r * 2, height: m.r * 2 }
            }
            onFocus={() => {
              setRoving(i);
              setActive(i);
            }}
            onBlur={() => {
              if (!pinned) setActive(null);
            }}
            onClick={() => {
              activate(i);
            }}
            onKeyDown={(e) => {
              onKeyDown(e, i);
            }}
          />
        );
      })}
      {mark && at?.visible && (
        <div
          id={tooltipId}
          role="tooltip"
          className={`tooltip${at.y < height * 0.35 ? ' below' : ''}`}
          style={{
            left: Math.min(Math.max(at.x, 110), Math.max(width - 110, 110)),
            top: at.y,
          }}
        >
          <div className="tooltip-heading">{mark.tooltip.heading}</div>
          <div className="tooltip-value">{mark.tooltip.value}</div>
          {mark.tooltip.note && <div className="tooltip-note">{mark.tooltip.note}</div>}
          {mark.tooltip.quote && (
            <div className="tooltip-note">
              <Quoted quote={mark.tooltip.quote} />
            </div>
          )}
          <div className="tooltip-source">
            {t.tooltipSource} {describeSource(sources.byId.get(mark.tooltip.sourceId))}
          </div>
          {mark.select && (
            <div className="tooltip-hint">
              {mark.selected ? t.markSelectedHint : t.markActivateHint}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { InteractiveMark } from '../charts/types';
import { describeSource } from '../lib/sourceText';
import type { SourceIndex } from '../queries/datasets';

interface Props {
  marks: readonly InteractiveMark[];
  width: number;
  height: number;
  sources: SourceIndex;
  label: string;
}

/** Pointer distance within which the nearest mark answers, in px. */
const NEAR = 36;

/**
 * Interaction over the figure: one focusable button per mark (arrow keys move between them),
 * the nearest mark answering the pointer, and a tooltip naming each figure's source. It is HTML
 * beside the SVG, so it never enters an export.
 */
export function MarkLayer({ marks, width, height, sources, label }: Props) {
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState(false);
  const [roving, setRoving] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tooltipId = useId();

  const focusMark = (i: number) => {
    const n = marks.length;
    const next = ((i % n) + n) % n;
    setRoving(next);
    setActive(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        e.preventDefault();
        focusMark(i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        e.preventDefault();
        focusMark(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusMark(0);
        break;
      case 'End':
        e.preventDefault();
        focusMark(marks.length - 1);
        break;
      case 'Escape':
        setActive(null);
        setPinned(false);
        break;
    }
  };

  const nearest = (e: PointerEvent<HTMLDivElement>): number | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    let best: number | null = null;
    let bestDist = NEAR;
    marks.forEach((m, i) => {
      const d = Math.hypot(m.x - px, m.y - py);
      if (d < bestDist) {
        best = i;
        bestDist = d;
      }
    });
    return best;
  };

  const mark = active === null ? undefined : marks[active];
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
      {marks.map((m, i) => (
        <button
          key={m.id}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          className="mark-target"
          data-mark-id={m.id}
          aria-label={m.label}
          aria-describedby={active === i ? tooltipId : undefined}
          tabIndex={i === roving ? 0 : -1}
          style={{ left: m.x - m.r, top: m.y - m.r, width: m.r * 2, height: m.r * 2 }}
          onFocus={() => {
            setRoving(i);
            setActive(i);
          }}
          onBlur={() => {
            if (!pinned) setActive(null);
          }}
          onClick={() => {
            const same = active === i && pinned;
            setActive(same ? null : i);
            setPinned(!same);
          }}
          onKeyDown={(e) => onKeyDown(e, i)}
        />
      ))}
      {mark && (
        <div
          id={tooltipId}
          role="tooltip"
          className={`tooltip${mark.y < height * 0.35 ? ' below' : ''}`}
          style={{
            left: Math.min(Math.max(mark.x, 110), Math.max(width - 110, 110)),
            top: mark.y,
          }}
        >
          <div className="tooltip-heading">{mark.tooltip.heading}</div>
          <div className="tooltip-value">{mark.tooltip.value}</div>
          {mark.tooltip.note && <div className="tooltip-note">{mark.tooltip.note}</div>}
          <div className="tooltip-source">
            Source: {describeSource(sources.byId.get(mark.tooltip.sourceId))}
          </div>
        </div>
      )}
    </div>
  );
}

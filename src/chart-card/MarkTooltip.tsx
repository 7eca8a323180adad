import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { InteractiveMark } from '../figure/model';
import { describeSource } from '../i18n/sourceWords';
import type { SourceIndex } from '../schema/sources';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import type { PlacedMark } from './markPlacement';
import { Quoted } from './Quoted';

/** What a mark says on hover, focus or tap: the figure, a note, the source's words and the source. */
export function MarkTooltip({
  id,
  mark,
  at,
  width,
  height,
  sources,
  onHighlight,
}: {
  id: string;
  mark: InteractiveMark;
  at: PlacedMark;
  width: number;
  height: number;
  sources: SourceIndex;
  /** Opened by a tap: highlighting is this button's, since the tap itself only shows. */
  onHighlight?: () => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const inView = useInViewport(ref, `${mark.id} ${String(at.x)} ${String(at.y)} ${String(width)}`);
  const below = at.y < height * 0.35 || inView.flip;
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={`tooltip${below ? ' below' : ''}${onHighlight ? ' touch' : ''}`}
      style={{
        left: Math.min(Math.max(at.x, 110), Math.max(width - 110, 110)),
        top: at.y,
        marginLeft: inView.dx,
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
        {t.tooltipSource(describeSource(sources.byId.get(mark.tooltip.sourceId), lang))}
      </div>
      {mark.select && onHighlight && (
        <button type="button" className="tooltip-action" onClick={onHighlight}>
          {mark.selected ? t.unhighlightMark : t.highlightMark}
        </button>
      )}
      {mark.select && !onHighlight && (
        <div className="tooltip-hint">
          {mark.selected ? t.markSelectedHint : t.markActivateHint}
        </div>
      )}
    </div>
  );
}

/** Keeps clear of the window's edges by this much. */
const EDGE = 8;

/**
 * How far a tooltip moves sideways to stay inside the window, and whether it goes below its mark
 * for want of room above: measured before the browser paints it, again for each new mark.
 */
function useInViewport(ref: RefObject<HTMLElement | null>, key: string) {
  const [shift, setShift] = useState({ key: '', dx: 0, flip: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shift.key === key) return;
    const r = el.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    let dx = 0;
    if (r.right > viewport - EDGE) dx = viewport - EDGE - r.right;
    if (r.left + dx < EDGE) dx = EDGE - r.left;
    setShift({ key, dx: Math.round(dx), flip: r.top < 0 });
  }, [ref, key, shift.key]);
  // Until measured for this mark, no shift: the first measurement is of the unshifted box.
  return shift.key === key ? shift : { dx: 0, flip: false };
}

import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { InteractiveMark } from '../figure/model';
import { dataTextsQuery } from '../queries/dataTexts';
import type { SourceIndex } from '../schema/sources';
import { LANG_ATTRIBUTE, useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { tooltipAnchor, viewportShift, type PlacedMark } from './markPlacement';
import { TipBody } from './TipBody';
import { tipContent } from './tipContent';

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
  const words = useQuery(dataTextsQuery(lang)).data;
  const content = tipContent(mark, sources, t, lang, words, LANG_ATTRIBUTE[lang]);
  const ref = useRef<HTMLDivElement>(null);
  const inView = useInViewport(ref, `${mark.id} ${String(at.x)} ${String(at.y)} ${String(width)}`);
  const anchor = tooltipAnchor(at, width, height, inView.flip);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={`tooltip${anchor.below ? ' below' : ''}${onHighlight ? ' touch' : ''}`}
      style={{ left: anchor.left, top: anchor.top, marginLeft: inView.dx }}
    >
      <TipBody content={content} />
      {content.pick && onHighlight && (
        <button type="button" className="tooltip-action" onClick={onHighlight}>
          {content.pick.action}
        </button>
      )}
      {content.pick && !onHighlight && <div className="tooltip-hint">{content.pick.hint}</div>}
    </div>
  );
}

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
    setShift({ key, ...viewportShift(r, document.documentElement.clientWidth) });
  }, [ref, key, shift.key]);
  // Until measured for this mark, no shift: the first measurement is of the unshifted box.
  return shift.key === key ? shift : { dx: 0, flip: false };
}

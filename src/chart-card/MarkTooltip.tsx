import type { InteractiveMark } from '../figure/model';
import { describeSource } from '../i18n/sourceWords';
import type { SourceIndex } from '../schema/sources';
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
}: {
  id: string;
  mark: InteractiveMark;
  at: PlacedMark;
  width: number;
  height: number;
  sources: SourceIndex;
}) {
  const t = useT();
  return (
    <div
      id={id}
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
  );
}

import type { Palette } from '../../figure/palette';
import type { GapConnector, GrowthNote, RecordMarker } from './tradeTypes';

/** Annotations are set a little smaller than the axis labels. */
const noteSize = (fontSize: number) => Math.round(fontSize * 92) / 100;

export function Gap({
  gap,
  fontSize,
  palette,
}: {
  gap: GapConnector | undefined;
  fontSize: number;
  palette: Palette;
}) {
  if (!gap) return null;
  return (
    <g data-part="gap">
      <line
        x1={gap.x}
        x2={gap.x}
        y1={gap.y1}
        y2={gap.y2}
        stroke={palette.muted}
        strokeWidth={1.25}
        strokeDasharray="2 3"
      />
      {gap.label && (
        <text
          x={gap.label.x}
          y={gap.label.y}
          dy="0.32em"
          fontSize={noteSize(fontSize)}
          fontWeight={600}
          fill={palette.muted}
        >
          {gap.label.text}
        </text>
      )}
    </g>
  );
}

export function Growth({
  growth,
  fontSize,
  palette,
}: {
  growth: GrowthNote | undefined;
  fontSize: number;
  palette: Palette;
}) {
  if (!growth) return null;
  return (
    <text x={growth.x} y={growth.y} dy="0.32em" fontSize={noteSize(fontSize)} fill={palette.muted}>
      {growth.text}
    </text>
  );
}

export function RecordDiamond({
  headline,
  strokeWidth,
  fontSize,
  palette,
}: {
  headline: RecordMarker;
  strokeWidth: number;
  fontSize: number;
  palette: Palette;
}) {
  return (
    <g data-part="record">
      <path
        data-mark="record"
        d={headline.path}
        fill="none"
        stroke={palette.accent}
        strokeWidth={strokeWidth * 0.9}
      />
      <text
        x={headline.labelX}
        y={headline.labelY}
        textAnchor="end"
        fontSize={fontSize}
        fontWeight={600}
        fill={palette.accent}
      >
        {headline.label}
      </text>
    </g>
  );
}

import type { Palette } from '../../figure/palette';
import { TextList } from '../../figure/TextList';
import type { PlotProps } from '../contract';
import type { Bar, NuclearPlot as Plot } from './nuclearModel';

interface PartProps {
  plot: Plot;
  palette: Palette;
}

/** The planned range: solid to the certain minimum, dashed beyond it. */
function RangeLine({ plot: { k, range }, palette }: PartProps) {
  if (!range) return null;
  return (
    <g data-part="range">
      <line
        x1={range.x1}
        x2={range.xSplit}
        y1={range.y}
        y2={range.y}
        stroke={palette.accent}
        strokeWidth={3 * k}
      />
      {range.x2 > range.xSplit && (
        <line
          x1={range.xSplit}
          x2={range.x2}
          y1={range.y}
          y2={range.y}
          stroke={palette.accent}
          strokeWidth={3 * k}
          strokeDasharray={`${5 * k} ${4 * k}`}
        />
      )}
    </g>
  );
}

function PlantSlots({ plot: { k, slots }, palette }: PartProps) {
  return (
    <g data-part="plants">
      {slots.map((s) => (
        <rect
          key={s.id}
          data-mark={s.id}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={6 * k}
          fill={palette.background}
          stroke={s.selected ? palette.accent : palette[s.accent]}
          strokeWidth={(s.selected ? 3 : 1.5) * k}
          strokeDasharray={s.optional ? `${6 * k} ${4 * k}` : undefined}
        />
      ))}
    </g>
  );
}

function StepsRail({ plot: { k, rail, steps }, palette }: PartProps) {
  if (!rail) return null;
  return (
    <g data-part="steps">
      <line
        x1={rail.x}
        x2={rail.x}
        y1={rail.y1}
        y2={rail.y2}
        stroke={palette.grid}
        strokeWidth={2 * k}
      />
      {steps.map((s) => (
        <circle
          key={s.id}
          data-mark={`step-${s.id}`}
          cx={s.x}
          cy={s.y}
          r={(s.selected ? 6 : 4.5) * k}
          fill={s.target ? palette.background : s.selected ? palette.accent : palette.text}
          stroke={s.target || s.selected ? palette.accent : palette.background}
          strokeWidth={2 * k}
        />
      ))}
    </g>
  );
}

/** One bar: its segments, then the labels of all but the grey remainder, drawn over them. */
function SegmentedBar({ bar: b, k, palette }: { bar: Bar; k: number; palette: Palette }) {
  return (
    <g data-mark={b.id}>
      {b.segments.map((seg, i) => (
        <rect
          key={i}
          x={seg.x}
          y={b.y}
          width={Math.max(seg.width, 0)}
          height={b.height}
          fill={palette[seg.color]}
        />
      ))}
      {b.segments.map((seg, i) =>
        seg.label && seg.color !== 'grid' ? (
          <text
            key={`t${i}`}
            x={seg.x + 6 * k}
            y={b.y + b.height / 2}
            dy="0.34em"
            fontSize={b.height * 0.64}
            fontWeight={600}
            fill={palette.background}
          >
            {seg.label}
          </text>
        ) : null,
      )}
    </g>
  );
}

export function NuclearPlot({ plot, palette }: PlotProps<Plot>) {
  return (
    <>
      <RangeLine plot={plot} palette={palette} />
      <PlantSlots plot={plot} palette={palette} />
      <StepsRail plot={plot} palette={palette} />
      <g data-part="bars">
        {plot.bars.map((b) => (
          <SegmentedBar key={b.id} bar={b} k={plot.k} palette={palette} />
        ))}
      </g>
      <TextList texts={plot.labels} palette={palette} />
    </>
  );
}

import type { Palette } from '../../figure/palette';
import type {
  EndLabel as Label,
  PlottedPoint,
  PlottedSeries,
  TradePlot as Plot,
} from './tradeTypes';

function Marker({
  p,
  shape,
  r,
  color,
  palette,
}: {
  p: PlottedPoint;
  shape: 'square' | 'circle';
  r: number;
  color: string;
  palette: Palette;
}) {
  // A rounded figure is drawn hollow, so "nearly 14.5" does not read as exact.
  const fill = p.approximate ? palette.background : color;
  const common = {
    fill,
    stroke: p.approximate ? color : palette.background,
    strokeWidth: p.approximate ? 2 : 1.5,
    'data-mark': p.id,
  };
  if (shape === 'square') {
    const s = r * 0.9;
    return (
      <rect
        x={Math.round((p.x - s) * 100) / 100}
        y={Math.round((p.y - s) * 100) / 100}
        width={Math.round(s * 200) / 100}
        height={Math.round(s * 200) / 100}
        {...common}
      />
    );
  }
  return <circle cx={p.x} cy={p.y} r={r} {...common} />;
}

function Runs({ runs, color, width }: { runs: string[]; color: string; width: number }) {
  return runs.map((d, i) => (
    <path
      key={`run-${i}`}
      d={d}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeLinejoin="round"
      strokeLinecap="round"
    />
  ));
}

/** A ring around each point of the picked year. */
function SelectionRings({
  points,
  r,
  palette,
}: {
  points: PlottedPoint[];
  r: number;
  palette: Palette;
}) {
  return points
    .filter((p) => p.selected)
    .map((p) => (
      <circle
        key={`sel-${p.id}`}
        cx={p.x}
        cy={p.y}
        r={r * 2.2}
        fill="none"
        stroke={palette.accent}
        strokeWidth={2}
      />
    ));
}

function EndLabel({
  label,
  fontSize,
  color,
}: {
  label: Label | undefined;
  fontSize: number;
  color: string;
}) {
  if (!label) return null;
  return (
    <text x={label.x} y={label.y} dy="0.32em" fontSize={fontSize} fontWeight={600} fill={color}>
      {label.text}
    </text>
  );
}

/** One series: its line runs, markers, selection rings and end label, in its own colour. */
export function Series({ s, plot, palette }: { s: PlottedSeries; plot: Plot; palette: Palette }) {
  const color = palette[s.key];
  return (
    <g data-series={s.id}>
      <Runs runs={s.runs} color={color} width={plot.strokeWidth} />
      {s.points.map((p) => (
        <Marker
          key={p.id}
          p={p}
          shape={s.shape}
          r={plot.markRadius}
          color={color}
          palette={palette}
        />
      ))}
      <SelectionRings points={s.points} r={plot.markRadius} palette={palette} />
      <EndLabel label={s.endLabel} fontSize={plot.fontSize} color={color} />
    </g>
  );
}

import type { Palette } from '../../figure/palette';
import type { TradePlot as Plot, YearRule as Rule } from './tradeTypes';

interface AxisProps {
  plot: Plot;
  palette: Palette;
}

/** Gridlines across the plot with value labels on the left; the zero line drawn as the axis. */
export function ValueAxis({ plot, palette }: AxisProps) {
  const { margin, width, fontSize } = plot;
  return (
    <g data-part="y-axis">
      {plot.yTicks.map((t) => (
        <g key={t.value}>
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={t.y}
            y2={t.y}
            stroke={t.value === 0 ? palette.axis : palette.grid}
            strokeWidth={1}
          />
          <text
            x={margin.left - 8}
            y={t.y}
            dy="0.32em"
            textAnchor="end"
            fontSize={fontSize}
            fill={palette.muted}
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

export function YearAxis({ plot, palette }: AxisProps) {
  const { margin, height, fontSize } = plot;
  return (
    <g data-part="x-axis">
      {plot.xTicks.map((t) => (
        <text
          key={t.value}
          x={t.x}
          y={height - margin.bottom + fontSize * 1.5}
          textAnchor="middle"
          fontSize={fontSize}
          fill={palette.muted}
        >
          {t.label}
        </text>
      ))}
    </g>
  );
}

/** A dashed rule at the year picked in any chart. */
export function YearRule({
  rule,
  plot,
  palette,
}: {
  rule: Rule | undefined;
  plot: Plot;
  palette: Palette;
}) {
  if (!rule) return null;
  const { margin, height } = plot;
  return (
    <g data-part="year-rule">
      <line
        x1={rule.x}
        x2={rule.x}
        y1={margin.top}
        y2={height - margin.bottom}
        stroke={palette.accent}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
    </g>
  );
}

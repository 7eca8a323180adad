import type { Palette } from '../../figure/palette';
import type { PlottedPoint, TradePlot as Plot } from './tradeModel';
import type { PlotProps } from '../contract';

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

export function TradePlot({ plot, palette }: PlotProps<Plot>) {
  const { margin, width, height, fontSize, headline } = plot;
  return (
    <>
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
      {plot.yearRule && (
        <g data-part="year-rule">
          <line
            x1={plot.yearRule.x}
            x2={plot.yearRule.x}
            y1={margin.top}
            y2={height - margin.bottom}
            stroke={palette.accent}
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
        </g>
      )}
      {plot.gap && (
        <g data-part="gap">
          <line
            x1={plot.gap.x}
            x2={plot.gap.x}
            y1={plot.gap.y1}
            y2={plot.gap.y2}
            stroke={palette.muted}
            strokeWidth={1.25}
            strokeDasharray="2 3"
          />
          {plot.gap.label && (
            <text
              x={plot.gap.label.x}
              y={plot.gap.label.y}
              dy="0.32em"
              fontSize={Math.round(fontSize * 92) / 100}
              fontWeight={600}
              fill={palette.muted}
            >
              {plot.gap.label.text}
            </text>
          )}
        </g>
      )}
      {plot.series.map((s) => {
        const color = palette[s.key];
        return (
          <g key={s.id} data-series={s.id}>
            {s.runs.map((d, i) => (
              <path
                key={`run-${i}`}
                d={d}
                fill="none"
                stroke={color}
                strokeWidth={plot.strokeWidth}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            ))}
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
            {s.points
              .filter((p) => p.selected)
              .map((p) => (
                <circle
                  key={`sel-${p.id}`}
                  cx={p.x}
                  cy={p.y}
                  r={plot.markRadius * 2.2}
                  fill="none"
                  stroke={palette.accent}
                  strokeWidth={2}
                />
              ))}
            {s.endLabel && (
              <text
                x={s.endLabel.x}
                y={s.endLabel.y}
                dy="0.32em"
                fontSize={fontSize}
                fontWeight={600}
                fill={color}
              >
                {s.endLabel.text}
              </text>
            )}
          </g>
        );
      })}
      {plot.growth && (
        <text
          x={plot.growth.x}
          y={plot.growth.y}
          dy="0.32em"
          fontSize={Math.round(fontSize * 92) / 100}
          fill={palette.muted}
        >
          {plot.growth.text}
        </text>
      )}
      <g data-part="record">
        <path
          data-mark="record"
          d={headline.path}
          fill="none"
          stroke={palette.accent}
          strokeWidth={plot.strokeWidth * 0.9}
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
    </>
  );
}

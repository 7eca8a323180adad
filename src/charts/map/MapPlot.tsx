import type { Palette } from '../../figure/palette';
import type { PlotProps } from '../contract';
import type { MapPlot as Plot, MapPoint } from './mapModel';

function Symbol({ p, s, palette }: { p: MapPoint; s: number; palette: Palette }) {
  const fill = palette[p.color];
  const common = {
    fill,
    stroke: palette.background,
    strokeWidth: 1.5,
    'data-mark': `place-${p.id}`,
  };
  switch (p.symbol) {
    case 'square':
      return (
        <rect x={p.x - s * 0.85} y={p.y - s * 0.85} width={s * 1.7} height={s * 1.7} {...common} />
      );
    case 'diamond':
      return (
        <path
          d={`M${p.x},${p.y - s * 1.2}L${p.x + s * 1.2},${p.y}L${p.x},${p.y + s * 1.2}L${p.x - s * 1.2},${p.y}Z`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${p.x},${p.y - s * 1.2}L${p.x + s * 1.15},${p.y + s * 0.85}L${p.x - s * 1.15},${p.y + s * 0.85}Z`}
          {...common}
        />
      );
    case 'circle':
      return <circle cx={p.x} cy={p.y} r={s * 0.9} {...common} />;
  }
}

const r = (n: number) => Math.round(n * 10) / 10;

export function MapPlot({ plot, palette, transform }: PlotProps<Plot>) {
  const t = transform ?? { x: 0, y: 0, k: 1 };
  const at = (x: number, y: number) => ({ x: r(t.x + t.k * x), y: r(t.y + t.k * y) });
  const s = plot.symbolSize;
  const fills = { kz: palette.kz, cn: palette.cn, other: palette.land };
  return (
    <>
      <defs>
        <clipPath id="map-clip">
          <rect width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath="url(#map-clip)">
        <rect width={plot.width} height={plot.height} fill={palette.background} />
        <g transform={`translate(${r(t.x)},${r(t.y)}) scale(${t.k})`}>
          {plot.countries.map((c) => (
            <path
              key={c.id}
              d={c.d}
              fill={fills[c.role]}
              fillOpacity={c.role === 'other' ? 1 : 0.16}
              stroke={c.role === 'other' ? palette.axis : fills[c.role]}
              strokeWidth={c.role === 'other' ? 0.6 : 1.2}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {plot.trade && (
            <path
              d={plot.trade.d}
              fill="none"
              stroke={palette.cn}
              strokeOpacity={0.6}
              strokeWidth={plot.trade.width}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
              data-mark="trade-line"
            />
          )}
        </g>
        {plot.countryLabels.map((c) => {
          const p = at(c.x, c.y);
          return (
            <text
              key={c.text}
              x={p.x}
              y={p.y}
              textAnchor="middle"
              fontSize={plot.fontSize * 1.1}
              fontWeight={600}
              letterSpacing="0.12em"
              fill={palette[c.role]}
            >
              {c.text}
            </text>
          );
        })}
        {plot.trade && (
          <text
            x={at(plot.trade.label.x, plot.trade.label.y).x}
            y={at(plot.trade.label.x, plot.trade.label.y).y}
            textAnchor="middle"
            fontSize={plot.fontSize}
            fontWeight={600}
            fill={palette.cn}
            stroke={palette.background}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {plot.trade.label.text}
          </text>
        )}
        {plot.points.map((pt) => {
          const p = { ...pt, ...at(pt.x, pt.y) };
          return (
            <g key={pt.id} opacity={pt.dimmed ? 0.3 : 1}>
              {pt.selected && (
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={s * 2}
                  fill="none"
                  stroke={palette.accent}
                  strokeWidth={2.5}
                />
              )}
              <Symbol p={p} s={s} palette={palette} />
              {pt.label && (
                <text
                  x={p.x + pt.label.dx}
                  y={p.y + pt.label.dy}
                  textAnchor={pt.label.anchor}
                  fontSize={plot.fontSize}
                  fontWeight={600}
                  fill={palette.text}
                  stroke={palette.background}
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {pt.name}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </>
  );
}

import type { Palette } from '../../figure/palette';
import type { PlotProps, ViewTransform } from '../contract';
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

type At = (x: number, y: number) => { x: number; y: number };

/**
 * Text and symbols are placed at the zoomed position but drawn unscaled, so they stay legible
 * at any zoom; only the land and the trade line scale.
 */
function placer(t: ViewTransform): At {
  return (x, y) => ({ x: r(t.x + t.k * x), y: r(t.y + t.k * y) });
}

function Countries({ plot, palette }: { plot: Plot; palette: Palette }) {
  const fills = { kz: palette.kz, cn: palette.cn, other: palette.land };
  return plot.countries.map((c) => (
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
  ));
}

function TradeLine({ trade, palette }: { trade: NonNullable<Plot['trade']>; palette: Palette }) {
  return (
    <path
      d={trade.d}
      fill="none"
      stroke={palette.cn}
      strokeOpacity={0.6}
      strokeWidth={trade.width}
      strokeLinecap="round"
      vectorEffect="non-scaling-stroke"
      data-mark="trade-line"
    />
  );
}

interface LabelProps {
  plot: Plot;
  palette: Palette;
  at: At;
}

function CountryNames({ plot, palette, at }: LabelProps) {
  return plot.countryLabels.map((c) => {
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
  });
}

function TradeLabel({ plot, palette, at }: LabelProps) {
  if (!plot.trade) return null;
  const { label } = plot.trade;
  return (
    <HaloText
      x={at(label.x, label.y).x}
      y={at(label.x, label.y).y}
      anchor="middle"
      size={plot.fontSize}
      fill={palette.cn}
      halo={palette.background}
    >
      {label.text}
    </HaloText>
  );
}

/** A bold label with a halo of the background around its letters, readable over any line. */
function HaloText({
  x,
  y,
  anchor,
  size,
  fill,
  halo,
  children,
}: {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  fill: string;
  halo: string;
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={size}
      fontWeight={600}
      fill={fill}
      stroke={halo}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {children}
    </text>
  );
}

function Place({ pt, plot, palette, at }: LabelProps & { pt: MapPoint }) {
  const s = plot.symbolSize;
  const p = { ...pt, ...at(pt.x, pt.y) };
  return (
    <g opacity={pt.dimmed ? 0.3 : 1}>
      {pt.selected && (
        <circle cx={p.x} cy={p.y} r={s * 2} fill="none" stroke={palette.accent} strokeWidth={2.5} />
      )}
      <Symbol p={p} s={s} palette={palette} />
      {pt.label && (
        <HaloText
          x={p.x + pt.label.dx}
          y={p.y + pt.label.dy}
          anchor={pt.label.anchor}
          size={plot.fontSize}
          fill={palette.text}
          halo={palette.background}
        >
          {pt.name}
        </HaloText>
      )}
    </g>
  );
}

export function MapPlot({ plot, palette, transform }: PlotProps<Plot>) {
  const t = transform ?? { x: 0, y: 0, k: 1 };
  const at = placer(t);
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
          <Countries plot={plot} palette={palette} />
          {plot.trade && <TradeLine trade={plot.trade} palette={palette} />}
        </g>
        <CountryNames plot={plot} palette={palette} at={at} />
        <TradeLabel plot={plot} palette={palette} at={at} />
        {plot.points.map((pt) => (
          <Place key={pt.id} pt={pt} plot={plot} palette={palette} at={at} />
        ))}
      </g>
    </>
  );
}

import type { ReactNode } from 'react';
import type { FrameLayout, FrameText, LegendSymbol, TextBlock } from './frame';
import { keepBreakSpace } from './lineBreaks';
import { FONT_FAMILY, type Palette } from './palette';
import { fitTransform, type PlotFit } from './plotFit';

interface FigureFrameProps {
  chartId: string;
  frame: FrameLayout;
  text: FrameText;
  summary: string;
  palette: Palette;
  children: ReactNode;
  /** Scale and centre of a plot taller than a fixed frame allows. */
  fit?: PlotFit;
  /** False for a transparent figure (an export or embed over the host's own background). */
  background?: boolean;
  /** Tells apart the ids of several copies of one figure in a page (a built page's layouts). */
  idSuffix?: string;
}

function Text({ block, fill }: { block: TextBlock; fill: string }) {
  if (block.lines.length === 0) return null;
  return (
    <text
      x={block.x}
      y={round(block.y)}
      fontSize={round(block.size)}
      fontWeight={block.weight}
      fill={fill}
    >
      {block.lines.map((line, i) => (
        <tspan key={i} x={block.x} dy={i === 0 ? 0 : round(block.lineHeight)}>
          {keepBreakSpace(line, block.lines[i + 1])}
        </tspan>
      ))}
    </text>
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function LegendGlyph({
  symbol,
  x,
  y,
  w,
  color,
  palette,
  k,
}: {
  symbol: LegendSymbol;
  x: number;
  y: number;
  w: number;
  color: string;
  palette: Palette;
  k: number;
}) {
  const cx = round(x + w / 2);
  const s = 4.5 * k;
  switch (symbol) {
    case 'line':
      return <line x1={x} x2={round(x + w)} y1={y} y2={y} stroke={color} strokeWidth={2.25 * k} />;
    case 'dotted':
      return (
        <line
          x1={x}
          x2={round(x + w)}
          y1={y}
          y2={y}
          stroke={color}
          strokeWidth={1.5 * k}
          strokeDasharray={`${round(1.5 * k)} ${round(3 * k)}`}
          strokeLinecap="round"
        />
      );
    case 'circle':
      return <circle cx={cx} cy={y} r={round(s)} fill={color} stroke={palette.background} />;
    case 'square':
      return (
        <rect
          x={round(cx - s)}
          y={round(y - s)}
          width={round(s * 2)}
          height={round(s * 2)}
          fill={color}
          stroke={palette.background}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${cx},${round(y - s * 1.3)}L${round(cx + s * 1.3)},${y}L${cx},${round(y + s * 1.3)}L${round(cx - s * 1.3)},${y}Z`}
          fill={color}
          stroke={palette.background}
        />
      );
    case 'hollow-diamond':
      return (
        <path
          d={`M${cx},${round(y - s * 1.4)}L${round(cx + s * 1.4)},${y}L${cx},${round(y + s * 1.4)}L${round(cx - s * 1.4)},${y}Z`}
          fill={palette.background}
          stroke={color}
          strokeWidth={2 * k}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${cx},${round(y - s * 1.3)}L${round(cx + s * 1.3)},${round(y + s)}L${round(cx - s * 1.3)},${round(y + s)}Z`}
          fill={color}
          stroke={palette.background}
        />
      );
    case 'swatch':
      return (
        <rect
          x={round(cx - s * 1.6)}
          y={round(y - s * 1.4)}
          width={round(s * 3.2)}
          height={round(s * 2.8)}
          rx={2}
          fill={color}
        />
      );
  }
}

/**
 * The figure as one SVG tree: title, subtitle, legend, plot and source line. What the reader sees
 * is what every surface and export gets; colours and fonts are attributes, not stylesheet rules.
 */
export function FigureFrame({
  chartId,
  frame,
  text,
  summary,
  palette,
  children,
  fit,
  background = true,
  idSuffix = '',
}: FigureFrameProps) {
  const fitted = fit && fitTransform(fit);
  const titleId = `${chartId}-figure-title${idSuffix}`;
  const descId = `${chartId}-figure-desc${idSuffix}`;
  const { legend, type } = frame;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      data-chart={chartId}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      fontFamily={FONT_FAMILY}
    >
      <title id={titleId}>{text.title}</title>
      <desc id={descId}>{summary}</desc>
      {background && <rect width={frame.width} height={frame.height} fill={palette.background} />}
      <Text block={frame.title} fill={palette.text} />
      <Text block={frame.subtitle} fill={palette.muted} />
      <g data-part="legend">
        {legend.entries.map(({ entry, x, y }) => {
          const color = palette[entry.color];
          const glyphs = entry.symbols.map((symbol, i) => (
            <LegendGlyph
              key={`${symbol}-${i}`}
              symbol={symbol}
              x={round(x + i * legend.symbolWidth)}
              y={round(y)}
              w={legend.symbolWidth - 4 * type.k}
              color={color}
              palette={palette}
              k={type.k}
            />
          ));
          return (
            <g key={entry.key}>
              {glyphs}
              <text
                x={round(x + entry.symbols.length * legend.symbolWidth + 2 * type.k)}
                y={round(y + legend.size * 0.35)}
                fontSize={round(legend.size)}
                fill={palette.text}
              >
                {entry.label}
              </text>
            </g>
          );
        })}
      </g>
      <g data-part="plot" transform={`translate(${frame.plot.x},${round(frame.plot.y)})`}>
        {fitted ? <g transform={fitted}>{children}</g> : children}
      </g>
      <Text block={frame.source} fill={palette.muted} />
    </svg>
  );
}

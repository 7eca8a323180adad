import type { Palette, PaletteColor } from './palette';

/** A positioned line of text in a plot, its colour named from the palette. */
export interface PlotText {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: 400 | 600;
  color: PaletteColor;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  dimmed?: boolean;
  /** Set on a source's own words in another language than the figure's (`en` for a quote). */
  lang?: string;
}

export function TextList({ texts, palette }: { texts: readonly PlotText[]; palette: Palette }) {
  return (
    <g data-part="labels">
      {texts.map((t, i) => (
        <text
          key={i}
          x={t.x}
          y={t.y}
          fontSize={t.size}
          fontWeight={t.weight}
          fontStyle={t.italic ? 'italic' : undefined}
          textAnchor={t.anchor}
          fill={palette[t.color]}
          opacity={t.dimmed ? 0.45 : undefined}
          lang={t.lang}
        >
          {t.text}
        </text>
      ))}
    </g>
  );
}

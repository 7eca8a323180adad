import type { Palette } from '../../figure/palette';
import type { PlotProps } from '../contract';
import type { AgreementsPlot as Plot } from './agreementsModel';

interface PartProps {
  plot: Plot;
  palette: Palette;
}

function Documents({ plot, palette }: PartProps) {
  return (
    <g data-part="documents">
      {plot.units.map((u) => (
        <rect
          key={u.index}
          data-mark={u.named ? 'named' : 'document'}
          x={u.x}
          y={u.y}
          width={u.size}
          height={u.size}
          rx={plot.unitRadius}
          fill={u.named ? palette.accent : palette.axis}
        />
      ))}
    </g>
  );
}

function Notes({ plot, palette }: PartProps) {
  return (
    <g data-part="notes">
      {plot.notes.map((n, i) => (
        <text
          key={i}
          x={n.x}
          y={n.y}
          fontSize={plot.fontSize}
          fontWeight={n.weight}
          fill={palette[n.color]}
        >
          {n.text}
        </text>
      ))}
    </g>
  );
}

/** Each theme's heading, marked by a bar in its colour. */
function Themes({ plot, palette }: PartProps) {
  const { fontSize } = plot;
  return (
    <g data-part="themes">
      {plot.themes.map((t) => (
        <g key={t.id}>
          <rect
            x={t.x}
            y={t.y - fontSize * 0.85}
            width={4 * plot.k}
            height={fontSize * 1.1}
            fill={palette[t.color]}
          />
          <text
            x={t.x + 9 * plot.k}
            y={t.y}
            fontSize={fontSize}
            fontWeight={600}
            fill={palette.text}
          >
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

function Sectors({ plot, palette }: PartProps) {
  return (
    <g data-part="sectors">
      {plot.pills.map((p) => (
        <g key={p.id} data-mark={`sector-${p.id}`} opacity={p.dimmed ? 0.5 : 1}>
          <rect
            x={p.x}
            y={p.y}
            width={p.width}
            height={p.height}
            rx={p.height / 2}
            fill={p.selected ? palette[p.color] : palette.background}
            stroke={palette[p.color]}
            strokeWidth={1.5 * plot.k}
          />
          <text
            x={p.x + p.width / 2}
            y={p.y + p.height / 2}
            dy="0.34em"
            textAnchor="middle"
            fontSize={plot.fontSize}
            fill={p.selected ? palette.onGroup : palette.text}
          >
            {p.label}
          </text>
        </g>
      ))}
    </g>
  );
}

export function AgreementsPlot({ plot, palette }: PlotProps<Plot>) {
  return (
    <>
      <Documents plot={plot} palette={palette} />
      <Notes plot={plot} palette={palette} />
      <Themes plot={plot} palette={palette} />
      <Sectors plot={plot} palette={palette} />
    </>
  );
}

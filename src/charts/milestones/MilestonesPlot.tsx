import { TextList } from '../../figure/TextList';
import type { PlotProps } from '../contract';
import type { MilestonesPlot as Plot } from './milestonesModel';

export function MilestonesPlot({ plot, palette }: PlotProps<Plot>) {
  return (
    <>
      <g data-part="axes">
        {plot.lines.map((l, i) => (
          <line
            key={i}
            x1={l.x1}
            y1={l.y1}
            x2={l.x2}
            y2={l.y2}
            stroke={palette[l.color]}
            strokeWidth={2 * plot.k}
          />
        ))}
      </g>
      <g data-part="events">
        {plot.dots.map((d) => (
          <circle
            key={d.id}
            data-mark={`event-${d.id}`}
            cx={d.x}
            cy={d.y}
            r={d.emphasis ? d.r * 1.35 : d.r}
            fill={palette[d.color]}
            stroke={d.emphasis ? palette.text : palette.background}
            strokeWidth={d.emphasis ? 1.5 * plot.k : 1}
            opacity={d.dimmed ? 0.25 : 1}
          />
        ))}
      </g>
      <TextList texts={plot.texts} palette={palette} />
    </>
  );
}

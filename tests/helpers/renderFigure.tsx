import { renderToStaticMarkup } from 'react-dom/server';
import type { ChartImplementation } from '../../src/charts/defineChart';
import { FigureFrame } from '../../src/figure/FigureFrame';
import { palettes, type ThemeName } from '../../src/figure/palette';
import type { SourceIndex } from '../../src/schema/sources';

/** A chart's figure as SVG markup, built and drawn the way every surface draws it. */
export function renderFigure<D, P>(
  id: string,
  impl: ChartImplementation<D, P>,
  data: D,
  sources: SourceIndex,
  width: number,
  theme: ThemeName = 'light',
): string {
  const model = impl.build(data, { sources, size: { width }, selection: {} });
  const palette = palettes[theme];
  const { Plot } = impl;
  return renderToStaticMarkup(
    <FigureFrame
      chartId={id}
      frame={model.frame}
      text={model.text}
      summary={model.summary}
      palette={palette}
    >
      <Plot plot={model.plot} palette={palette} />
    </FigureFrame>,
  );
}

import { renderToStaticMarkup } from 'react-dom/server';
import type { ChartId } from '../../src/charts/registry';
import { FigureFrame } from '../../src/figure/FigureFrame';
import { palettes, type ThemeName } from '../../src/figure/palette';
import { plotFit } from '../../src/figure/plotFit';
import { composedOf, type InputOptions } from './charts';

/** A chart's figure as SVG markup, built and drawn the way every surface draws it. */
export function renderFigure(
  id: ChartId,
  options: InputOptions & { theme?: ThemeName } = {},
): string {
  const { model, renderPlot } = composedOf(id, options);
  const palette = palettes[options.theme ?? 'light'];
  return renderToStaticMarkup(
    <FigureFrame
      chartId={id}
      frame={model.frame}
      text={model.text}
      summary={model.summary}
      palette={palette}
      fit={plotFit(model)}
    >
      {renderPlot(palette)}
    </FigureFrame>,
  );
}

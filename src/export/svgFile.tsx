import { renderToStaticMarkup } from 'react-dom/server';
import type { ComposedFigure } from '../charts/compose';
import { FigureFrame } from '../figure/FigureFrame';
import type { Palette } from '../figure/palette';
import { plotFit } from '../figure/plotFit';

/** The figure as SVG markup, drawn by the same components as on screen. */
export function figureMarkup(
  chartId: string,
  figure: ComposedFigure,
  palette: Palette,
  transparent = false,
): string {
  const { model } = figure;
  return renderToStaticMarkup(
    <FigureFrame
      chartId={chartId}
      frame={model.frame}
      text={model.text}
      summary={model.summary}
      palette={palette}
      fit={plotFit(model)}
      background={!transparent}
    >
      {figure.renderPlot(palette)}
    </FigureFrame>,
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The figure as a standalone SVG file: colours and fonts already attributes, and a <metadata>
 * record of what it shows and where from, after its <desc>.
 */
export function figureSvg(
  chartId: string,
  figure: ComposedFigure,
  palette: Palette,
  metadata: object,
  transparent = false,
): string {
  const markup = figureMarkup(chartId, figure, palette, transparent);
  const meta = `<metadata id="${chartId}-figure-metadata">${escapeXml(JSON.stringify(metadata))}</metadata>`;
  const at = markup.indexOf('</desc>') + '</desc>'.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.slice(0, at)}${meta}${markup.slice(at)}\n`;
}

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ComposedFigure } from '../charts/compose';
import { FigureFrame } from '../figure/FigureFrame';
import type { Palette } from '../figure/palette';
import { plotFit } from '../figure/plotFit';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The figure as a standalone SVG file: rendered by the same components as on screen, with
 * colours and fonts already attributes, plus a <metadata> record of what it shows and where from.
 */
export function renderFigureSvg(
  figure: ComposedFigure,
  chartId: string,
  palette: Palette,
  metadata: object,
  transparent = false,
): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  const { frame } = figure.model;
  flushSync(() => {
    root.render(
      <FigureFrame
        chartId={chartId}
        frame={frame}
        text={figure.model.text}
        summary={figure.model.summary}
        palette={palette}
        fit={plotFit(figure.model)}
        background={!transparent}
      >
        {figure.renderPlot(palette)}
      </FigureFrame>,
    );
  });
  const svg = host.querySelector('svg');
  if (!svg) throw new Error(`${chartId}: the figure did not render`);
  const meta = document.createElementNS(SVG_NS, 'metadata');
  meta.setAttribute('id', `${chartId}-figure-metadata`);
  meta.textContent = JSON.stringify(metadata);
  svg.querySelector('desc')?.after(meta);
  const xml = new XMLSerializer().serializeToString(svg);
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

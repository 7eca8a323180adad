import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { StandaloneFigure } from '../charts/defineChart';
import { FigureFrame } from '../figure/FigureFrame';
import type { Palette } from '../figure/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The figure as a standalone SVG file: rendered by the same components as on screen, with
 * colours and fonts already attributes, plus a <metadata> record of what it shows and where from.
 */
export function renderFigureSvg(
  figure: StandaloneFigure,
  chartId: string,
  palette: Palette,
  metadata: object,
  transparent = false,
): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  const { frame } = figure.model;
  // A plot laid out by its content (lists, panels) may be taller than a fixed export frame
  // allows: scale it down to fit, centred, rather than cut it off.
  const natural = (figure.model.plot as { height?: unknown }).height;
  const fit =
    typeof natural === 'number' && natural > frame.plot.height + 0.5
      ? frame.plot.height / natural
      : 1;
  const dx = ((1 - fit) * frame.plot.width) / 2;
  flushSync(() => {
    root.render(
      <FigureFrame
        chartId={chartId}
        frame={frame}
        text={figure.model.text}
        summary={figure.model.summary}
        palette={palette}
      >
        {fit < 1 ? (
          <g
            transform={`translate(${String(Math.round(dx * 10) / 10)},0) scale(${fit.toFixed(4)})`}
          >
            {figure.renderPlot(palette)}
          </g>
        ) : (
          figure.renderPlot(palette)
        )}
      </FigureFrame>,
    );
  });
  const svg = host.querySelector('svg');
  if (!svg) throw new Error(`${chartId}: the figure did not render`);
  if (transparent) svg.querySelector(':scope > rect')?.remove();
  const meta = document.createElementNS(SVG_NS, 'metadata');
  meta.setAttribute('id', `${chartId}-figure-metadata`);
  meta.textContent = JSON.stringify(metadata);
  svg.querySelector('desc')?.after(meta);
  const xml = new XMLSerializer().serializeToString(svg);
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

import type { Ref } from 'react';
import type { ComposedFigure } from '../charts/compose';
import type { ViewTransform } from '../charts/contract';
import type { Chart } from '../charts/registry';
import { FigureFrame } from '../figure/FigureFrame';
import type { Palette } from '../figure/palette';
import { plotFit } from '../figure/plotFit';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { MarkLayer } from './MarkLayer';

interface Props {
  chart: Chart;
  figure: ComposedFigure;
  palette: Palette;
  /** Pan and zoom, for a zoomable chart. */
  zoom?: ViewTransform;
  transparent?: boolean;
  figureRef?: Ref<HTMLDivElement>;
  className?: string;
}

/**
 * A chart's figure on screen, the same on every surface (card, page, embed, slide): the SVG that
 * exports serialise, with the keyboard and tooltip layer over it.
 */
export function LiveFigure({
  chart,
  figure,
  palette,
  zoom,
  transparent = false,
  figureRef,
  className = '',
}: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const { model } = figure;
  const { frame } = model;
  const fit = plotFit(model);
  const transform =
    zoom ?? (fit.k < 1 || fit.dy >= 1 ? { x: fit.dx, y: fit.dy, k: fit.k } : undefined);
  return (
    <div
      ref={figureRef}
      className={`figure${zoom && zoom.k > 1 ? ' zoomed' : ''} ${className}`.trim()}
      style={{ width: frame.width }}
    >
      <FigureFrame
        chartId={chart.id}
        frame={frame}
        text={model.text}
        summary={model.summary}
        palette={palette}
        fit={fit}
        background={!transparent}
      >
        {figure.renderPlot(palette, zoom)}
      </FigureFrame>
      <MarkLayer
        chartId={chart.id}
        marks={model.marks}
        width={frame.width}
        height={frame.height}
        sources={figure.sources}
        label={t.markGroup(chart.names[lang].name)}
        {...(transform ? { transform: { ...transform, clip: frame.plot } } : {})}
      />
    </div>
  );
}

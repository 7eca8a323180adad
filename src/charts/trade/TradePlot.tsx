import type { PlotProps } from '../contract';
import { Gap, Growth, RecordDiamond } from './TradeAnnotationsView';
import { ValueAxis, YearAxis, YearRule } from './TradeAxesView';
import { Series } from './TradeSeriesView';
import type { TradePlot as Plot } from './tradeTypes';

/** Back to front: grid, rule and gap under the lines, the record on top. */
export function TradePlot({ plot, palette }: PlotProps<Plot>) {
  const { fontSize } = plot;
  return (
    <>
      <ValueAxis plot={plot} palette={palette} />
      <YearAxis plot={plot} palette={palette} />
      <YearRule rule={plot.yearRule} plot={plot} palette={palette} />
      <Gap gap={plot.gap} fontSize={fontSize} palette={palette} />
      {plot.series.map((s) => (
        <Series key={s.id} s={s} plot={plot} palette={palette} />
      ))}
      <Growth growth={plot.growth} fontSize={fontSize} palette={palette} />
      <RecordDiamond
        headline={plot.headline}
        strokeWidth={plot.strokeWidth}
        fontSize={fontSize}
        palette={palette}
      />
    </>
  );
}

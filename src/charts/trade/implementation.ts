import type { Trade } from '../../schema/trade';
import type { ChartImplementation } from '../defineChart';
import { buildTradeFigure, type TradePlot } from './tradeModel';
import { TradePlot as PlotView } from './TradePlot';

export const implementation: ChartImplementation<{ trade: Trade }, TradePlot> = {
  build: ({ trade }, context) =>
    buildTradeFigure(trade, context.sources, context.size, context.selection, context),
  Plot: PlotView,
};

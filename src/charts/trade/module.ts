import type { Trade } from '../../schema/trade';
import type { ChartModule } from '../contract';
import { buildTradeFigure, type TradePlot } from './tradeModel';
import { TradePlot as PlotView } from './TradePlot';
import { en, type TradeText } from './text';

export const tradeModule: ChartModule<{ trade: Trade }, TradeText, TradePlot> = {
  build: buildTradeFigure,
  Plot: PlotView,
  en,
};

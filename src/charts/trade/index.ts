import { tradeQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';
import { buildTradeFigure } from './tradeModel';
import { TradePlot } from './TradePlot';

export const tradeChart = defineChart({
  id: 'trade',
  name: 'Trade',
  description: 'Bilateral goods trade by year, as China and as Kazakhstan report it',
  file: 'trade.json',
  query: tradeQuery,
  build: buildTradeFigure,
  Plot: TradePlot,
});

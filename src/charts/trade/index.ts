import { tradeQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';

export const tradeChart = defineChart({
  id: 'trade',
  name: 'Trade',
  description: 'Bilateral goods trade by year, as China and as Kazakhstan report it',
  datasets: { trade: tradeQuery },
  load: () => import('./implementation').then((m) => m.implementation),
});

import { defineChart } from '../defineChart';
import type { TradeText } from './text';

export const tradeChart = defineChart({
  id: 'trade',
  datasets: { trade: 'trade' },
  names: {
    en: {
      name: 'Trade',
      description: 'Bilateral goods trade by year, as China and as Kazakhstan report it',
    },
    ru: {
      name: 'Торговля',
      description:
        'Двусторонняя торговля товарами по годам — по данным Китая и по данным Казахстана',
    },
    kk: {
      name: 'Сауда',
      description: 'Жылдар бойынша екіжақты тауар саудасы — Қытай және Қазақстан деректері бойынша',
    },
    zh: { name: '贸易', description: '按年份的双边货物贸易，分别依据中方和哈方数据' },
  },
  translations: {
    ru: () => import('./text.ru').then((m): TradeText => m.ru),
    kk: () => import('./text.kk').then((m): TradeText => m.kk),
    zh: () => import('./text.zh').then((m): TradeText => m.zh),
  },
  load: () => import('./module').then((m) => m.tradeModule),
});

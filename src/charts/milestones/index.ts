import { defineChart } from '../defineChart';
import type { MilestonesText } from './text';

export const milestonesChart = defineChart({
  id: 'milestones',
  datasets: { milestones: 'milestones' },
  names: {
    en: {
      name: 'Milestones',
      description:
        'A timeline of dated events in the relationship, from diplomatic relations to the latest steps',
    },
    ru: {
      name: 'Вехи',
      description: 'Хронология событий в отношениях — от дипломатических связей до последних шагов',
    },
    kk: {
      name: 'Маңызды кезеңдер',
      description:
        'Қатынастардағы оқиғалар хронологиясы — дипломатиялық байланыстан соңғы қадамдарға дейін',
    },
    zh: { name: '大事记', description: '两国关系大事时间线：从建交到最新进展' },
  },
  translations: {
    ru: () => import('./text.ru').then((m): MilestonesText => m.ru),
    kk: () => import('./text.kk').then((m): MilestonesText => m.kk),
    zh: () => import('./text.zh').then((m): MilestonesText => m.zh),
  },
  load: () => import('./module').then((m) => m.milestonesModule),
});

import { defineChart } from '../defineChart';
import type { AgreementsText } from './text';

export const agreementsChart = defineChart({
  id: 'agreements',
  datasets: { agreements: 'agreements' },
  names: {
    en: {
      name: 'Agreements',
      description:
        'The documents signed during the Astana talks: the total, the levels and the sectors they cover',
    },
    ru: {
      name: 'Соглашения',
      description: 'Документы, подписанные на переговорах в Астане: всего, по уровням и по сферам',
    },
    kk: {
      name: 'Келісімдер',
      description:
        'Астанадағы келіссөздерде қол қойылған құжаттар: жалпы саны, деңгейлері және салалары',
    },
    zh: { name: '协议', description: '阿斯塔纳会谈期间签署的文件：总数、层级及涉及领域' },
  },
  translations: {
    ru: () => import('./text.ru').then((m): AgreementsText => m.ru),
    kk: () => import('./text.kk').then((m): AgreementsText => m.kk),
    zh: () => import('./text.zh').then((m): AgreementsText => m.zh),
  },
  load: () => import('./module').then((m) => m.agreementsModule),
});

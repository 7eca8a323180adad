import { defineChart } from '../defineChart';
import type { NuclearText } from './text';

export const nuclearChart = defineChart({
  id: 'nuclear',
  datasets: { nuclear: 'nuclear' },
  names: {
    en: {
      name: 'Nuclear energy',
      description:
        'The planned nuclear power plants as a range, who leads each, the steps, and uranium and fuel',
    },
    ru: {
      name: 'Атомная энергетика',
      description: 'Планируемые АЭС как диапазон, кто ведёт каждую, этапы, уран и топливо',
    },
    kk: {
      name: 'Атом энергетикасы',
      description:
        'Жоспарланған АЭС-тер ауқым ретінде, әрқайсысының жетекшісі, кезеңдер, уран және отын',
    },
    zh: { name: '核能', description: '以范围呈现的规划核电站、各自牵头方、进展，以及铀与核燃料' },
  },
  translations: {
    ru: () => import('./text.ru').then((m): NuclearText => m.ru),
    kk: () => import('./text.kk').then((m): NuclearText => m.kk),
    zh: () => import('./text.zh').then((m): NuclearText => m.zh),
  },
  load: () => import('./module').then((m) => m.nuclearModule),
});

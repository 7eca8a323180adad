import { agreementsQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';

export const agreementsChart = defineChart({
  id: 'agreements',
  name: 'Agreements',
  description:
    'The documents signed during the Astana talks: the total, the levels and the sectors they cover',
  datasets: { agreements: agreementsQuery },
  load: () => import('./implementation').then((m) => m.implementation),
});

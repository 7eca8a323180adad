import { nuclearQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';

export const nuclearChart = defineChart({
  id: 'nuclear',
  name: 'Nuclear energy',
  description:
    'The planned nuclear power plants as a range, who leads each, the steps, and uranium and fuel',
  datasets: { nuclear: nuclearQuery },
  load: () => import('./implementation').then((m) => m.implementation),
});

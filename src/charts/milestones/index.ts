import { milestonesQuery } from '../../queries/datasets';
import { defineChart } from '../defineChart';

export const milestonesChart = defineChart({
  id: 'milestones',
  name: 'Milestones',
  description:
    'A timeline of dated events in the relationship, from diplomatic relations to the latest steps',
  datasets: { milestones: milestonesQuery },
  load: () => import('./implementation').then((m) => m.implementation),
});

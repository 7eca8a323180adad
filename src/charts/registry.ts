import type { RegisteredChart } from './defineChart';
import { agreementsChart } from './agreements';
import { mapChart } from './map';
import { milestonesChart } from './milestones';
import { nuclearChart } from './nuclear';
import { tradeChart } from './trade';

/** The one list of charts; every surface (dashboard, chart page, embeds, exports) iterates it. */
export const charts: readonly RegisteredChart[] = [
  tradeChart,
  agreementsChart,
  nuclearChart,
  mapChart,
  milestonesChart,
];

export function findChart(id: string): RegisteredChart | undefined {
  return charts.find((c) => c.id === id);
}

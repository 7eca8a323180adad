import { agreementsChart } from './agreements';
import type { RegisteredChart } from './defineChart';
import { mapChart } from './map';
import { milestonesChart } from './milestones';
import { nuclearChart } from './nuclear';
import { tradeChart } from './trade';

/**
 * The one list of charts, in the dashboard's order. Every surface (dashboard, chart pages, embeds,
 * slides, exports) and every test iterates it; a chart's id is one of these and nothing else.
 */
export const charts = [
  tradeChart,
  agreementsChart,
  nuclearChart,
  mapChart,
  milestonesChart,
] as const satisfies readonly RegisteredChart[];

export type Chart = (typeof charts)[number];
export type ChartId = Chart['id'];

export const CHART_IDS: readonly ChartId[] = charts.map((c) => c.id);

export function findChart(id: string): Chart | undefined {
  return charts.find((c) => c.id === id);
}

export function isChartId(id: string): id is ChartId {
  return CHART_IDS.includes(id as ChartId);
}

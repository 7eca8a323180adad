import type { RegisteredChart } from './defineChart';
import { tradeChart } from './trade';

/** The one list of charts; every surface (dashboard, chart page, embeds, exports) iterates it. */
export const charts: readonly RegisteredChart[] = [tradeChart];

export function findChart(id: string): RegisteredChart | undefined {
  return charts.find((c) => c.id === id);
}

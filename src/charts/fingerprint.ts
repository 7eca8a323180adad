import { fnv1a } from '../schema/hash';
import { DATASETS, type DatasetName } from '../schema/datasets';
import type { SourceIndex } from '../schema/sources';
import type { RegisteredChart } from './defineChart';

/**
 * What a chart's figure was made from, in eight hex digits: its data files and the sources, as
 * read and checked. A built page records it, so the page can tell whether its figures still hold
 * once the files are fetched again. The boundaries are left out: they change only with a build.
 */
export function dataFingerprint(
  chart: RegisteredChart,
  datasets: Partial<Record<DatasetName, unknown>>,
  sources: SourceIndex,
): string {
  const names = [...new Set(Object.values(chart.datasets))].filter((n) => DATASETS[n].cites);
  return fnv1a(JSON.stringify([names.map((n) => datasets[n]), [...sources.byId.values()]]));
}

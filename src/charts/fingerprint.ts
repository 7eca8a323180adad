import { DATASETS, type DatasetName } from '../schema/dataFiles';
import { fnv1a } from '../schema/hash';
import type { RegisteredChart } from './defineChart';

/**
 * The files a chart's figure is made from, whose change should redraw it: its data files and the
 * sources they cite. The boundaries are left out: they change only with a build.
 */
export function figureFiles(chart: RegisteredChart): DatasetName[] {
  const own = [...new Set(Object.values(chart.datasets))].filter((n) => DATASETS[n].cites);
  return ['sources', ...own];
}

/** Files' texts, in eight hex digits: what a built page was made from, to compare later. */
export function textFingerprint(texts: readonly string[]): string {
  return fnv1a(texts.join('\u0000'));
}

import type { Chart } from '../charts/registry';
import { charts } from '../charts/registry';

export type Slide =
  | { kind: 'title'; label: string }
  | { kind: 'chart'; chart: Chart; label: string }
  | { kind: 'sources'; label: string };

export const SLIDES: readonly Slide[] = [
  { kind: 'title', label: 'Title' },
  ...charts.map((chart) => ({ kind: 'chart' as const, chart, label: chart.names.en.name })),
  { kind: 'sources', label: 'Sources' },
];

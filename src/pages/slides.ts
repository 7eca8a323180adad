import type { Chart } from '../charts/registry';
import { charts } from '../charts/registry';

/** Slides are laid out at this size and scaled to the screen, so text is sized for a room. */
export const SLIDE = { width: 1200, height: 675 };

export type Slide =
  | { kind: 'title'; label: string }
  | { kind: 'chart'; chart: Chart; label: string }
  | { kind: 'sources'; label: string };

export const SLIDES: readonly Slide[] = [
  { kind: 'title', label: 'Title' },
  ...charts.map((chart) => ({ kind: 'chart' as const, chart, label: chart.names.en.name })),
  { kind: 'sources', label: 'Sources' },
];

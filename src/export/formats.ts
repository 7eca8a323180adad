import type { ChartId } from '../charts/registry';
export type ExportFormat = 'svg' | 'png' | 'pdf' | 'pptx' | 'csv' | 'json';

/** The formats as the menus offer them, in this order. */
export const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'PNG' },
  { format: 'svg', label: 'SVG' },
  { format: 'pdf', label: 'PDF' },
  { format: 'pptx', label: 'PowerPoint' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

/** `kzcn-trade-2x.png`, `kzcn-agreements.svg`: what the file holds, in its name. */
export function exportFileName(chartId: ChartId, format: ExportFormat, scale = 1): string {
  const suffix = format === 'png' ? `-${String(scale)}x` : '';
  return `kzcn-${chartId}${suffix}.${format}`;
}

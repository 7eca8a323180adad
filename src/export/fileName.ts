export type ExportFormat = 'svg' | 'png' | 'pdf' | 'pptx' | 'csv' | 'json';

/** `kzcn-trade-2x.png`, `kzcn-agreements.svg`: what the file holds, in its name. */
export function exportFileName(chartId: string, format: ExportFormat, scale = 1): string {
  const suffix = format === 'png' ? `-${String(scale)}x` : '';
  return `kzcn-${chartId}${suffix}.${format}`;
}

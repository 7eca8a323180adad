import type { ChartId } from '../charts/registry';
import type { Language } from '../i18n/languages';
import { DEFAULT_OPTIONS } from './options';

/** The formats as the menus and the command line offer them, in this order. */
export const FORMATS = [
  { format: 'png', label: 'PNG' },
  { format: 'svg', label: 'SVG' },
  { format: 'pdf', label: 'PDF' },
  { format: 'pptx', label: 'PowerPoint' },
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'json', label: 'JSON' },
] as const;

export type ExportFormat = (typeof FORMATS)[number]['format'];

export const FORMAT_IDS: readonly ExportFormat[] = FORMATS.map((f) => f.format);

/**
 * `kzcn-trade-ru.png`, `kzcn-map-zh.svg`: the chart and the language in the name, so files of
 * several languages sit side by side; a PNG at other than the usual density says so (`-4x`).
 */
export function exportFileName(
  chartId: ChartId,
  format: ExportFormat,
  lang: Language,
  scale = DEFAULT_OPTIONS.scale,
): string {
  const density = format === 'png' && scale !== DEFAULT_OPTIONS.scale ? `-${String(scale)}x` : '';
  return `kzcn-${chartId}-${lang}${density}.${format}`;
}

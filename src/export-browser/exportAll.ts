import type { ExportFormat } from '../export/formats';
import type { ExportedFile } from '../export/platform';
import { zipFiles } from '../export/zip';
import { exportChart, type ExportRequest } from './exportChart';

export interface ExportAllRequest extends Omit<ExportRequest, 'chart' | 'format' | 'shownWidth'> {
  charts: ExportRequest['chart'][];
  formats: ExportFormat[];
  /** Width for the "as shown" size: the dashboard's card width. */
  shownWidth: number;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

/** Every chart in every chosen format, in one ZIP; cancelling stops between files. */
export async function exportAll(r: ExportAllRequest): Promise<ExportedFile> {
  const jobs = r.charts.flatMap((chart) => r.formats.map((format) => ({ chart, format })));
  const files: ExportedFile[] = [];
  r.onProgress(0, jobs.length);
  for (const job of jobs) {
    checkCancelled(r.signal);
    files.push(await exportChart({ ...r, chart: job.chart, format: job.format }));
    r.onProgress(files.length, jobs.length);
  }
  checkCancelled(r.signal);
  return { name: 'kzcn-charts.zip', type: 'application/zip', bytes: zipFiles(files) };
}

import { zipSync } from 'fflate';
import { exportChart, type ExportRequest } from './exportChart';
import type { ExportFormat } from './fileName';

export interface ExportAllRequest extends Omit<ExportRequest, 'chart' | 'format' | 'shownWidth'> {
  charts: ExportRequest['chart'][];
  formats: ExportFormat[];
  /** Width for the "as shown" size: the dashboard's card width. */
  shownWidth: number;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** Every chart in every chosen format, in one ZIP; cancelling stops between files. */
export async function exportAll(r: ExportAllRequest): Promise<Blob> {
  const files: Record<string, Uint8Array> = {};
  const jobs = r.charts.flatMap((chart) => r.formats.map((format) => ({ chart, format })));
  let done = 0;
  r.onProgress(0, jobs.length);
  for (const job of jobs) {
    if (r.signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const file = await exportChart({ ...r, chart: job.chart, format: job.format });
    files[file.name] = new Uint8Array(await file.blob.arrayBuffer());
    done += 1;
    r.onProgress(done, jobs.length);
  }
  if (r.signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  // PNG, PDF and PPTX are compressed already: store them, deflate the text formats.
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      [data, { level: /\.(png|pdf|pptx)$/.test(name) ? 0 : 6 }] as [Uint8Array, { level: 0 | 6 }],
    ]),
  );
  return new Blob([zipSync(entries, { mtime: new Date('2025-06-16T00:00:00Z') })], {
    type: 'application/zip',
  });
}

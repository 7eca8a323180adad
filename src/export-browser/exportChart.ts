import type { QueryClient } from '@tanstack/react-query';
import type { Chart } from '../charts/registry';
import { exportFigure, jobSvg, type ExportJob } from '../export/exportFigure';
import type { ExportFormat } from '../export/formats';
import { figureMetadata } from '../export/metadata';
import { resolveSize, type ExportOptions } from '../export/options';
import type { ExportedFile } from '../export/platform';
import type { Selection } from '../figure/selection';
import type { Language } from '../i18n/languages';
import { loadComposer } from '../queries/loadFigure';
import { browserPlatform } from './browserPlatform';
import { warmRaster } from './rasterise';

export interface ExportRequest {
  chart: Chart;
  client: QueryClient;
  format: ExportFormat;
  options: ExportOptions;
  /** The width the figure has on screen, for the "as shown" size. */
  shownWidth: number;
  selection: Selection;
  /** The page's address, recorded in the file so it can reopen the view. */
  url: string;
  /** The export date, YYYY-MM-DD. */
  date: string;
  /** The language of the figure's words (English when absent). */
  lang?: Language;
}

/** The figure at the asked size and view, and what the file will say about it. */
async function prepareJob(r: ExportRequest): Promise<ExportJob> {
  const { sector, year, place, hide } = r.selection;
  const lang = r.lang ?? 'en';
  const chart = r.chart;
  const view = { sector, year, place, ...(hide ? { hide } : {}) };
  const compose = await loadComposer(r.client, chart, lang);
  const figure = compose(resolveSize(r.options, r.shownWidth), view);
  const metadata = figureMetadata(chart.id, figure, r.url, r.date, lang);
  const job: ExportJob = {
    chartId: chart.id,
    figure,
    format: r.format,
    options: r.options,
    metadata,
    lang,
  };
  if (r.format === 'pptx') {
    const { slideDeckCharts } = await import('../export/deck');
    job.slides = slideDeckCharts(
      (size) => compose(size, view),
      '16:9',
      (slideFigure) => ({
        chartId: chart.id,
        name: chart.names[lang].name,
        metadata: figureMetadata(chart.id, slideFigure, r.url, r.date, lang),
      }),
    );
  }
  return job;
}

export async function exportChart(r: ExportRequest): Promise<ExportedFile> {
  return exportFigure(await prepareJob(r), browserPlatform);
}

/**
 * Gets a PNG export of this view ready while the reader picks a format: lays the figure out,
 * reads the fonts it needs and allocates the canvas, so the click itself only draws and encodes.
 */
export async function prepareForPng(r: Omit<ExportRequest, 'format'>): Promise<void> {
  const job = await prepareJob({ ...r, format: 'png' });
  const { width, height } = job.figure.model.frame;
  await warmRaster(jobSvg(job), width, height, r.options.scale);
}

/** Puts the PNG on the clipboard, for pasting straight into a slide or a document. */
export async function copyImage(r: ExportRequest): Promise<void> {
  const file = await exportChart({ ...r, format: 'png' });
  if (typeof ClipboardItem === 'undefined' || !('clipboard' in navigator)) {
    throw new Error('this browser cannot copy images');
  }
  await navigator.clipboard.write([
    new ClipboardItem({ 'image/png': new Blob([file.bytes], { type: file.type }) }),
  ]);
}

import type { ChartId } from '../charts/registry';
import type { ComposedFigure } from '../charts/compose';
import { palettes } from '../figure/palette';
import type { Language } from '../i18n/languages';
import { exportFileName, type ExportFormat } from './formats';
import type { FigureMetadata } from './metadata';
import type { DeckChart } from './deck';
import type { ExportOptions } from './options';
import type { ExportedFile, ExportPlatform } from './platform';
import { isPlainAscii, tagPng } from './pngText';
import { figureSvg } from './svgFile';
import { tableToCsv, tableToJson } from './tableFiles';

/** One chart's figure, built at the export's size, and what to write of it. */
export interface ExportJob {
  chartId: ChartId;
  figure: ComposedFigure;
  format: ExportFormat;
  options: ExportOptions;
  metadata: FigureMetadata;
  lang: Language;
  /**
   * For PowerPoint: the chart laid out for 16:9 slides, one or a long chart's parts (the figure
   * above keeps the asked size).
   */
  slides?: DeckChart[];
}

const TYPES: Record<ExportFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

const encode = (text: string) => new TextEncoder().encode(text);

/** The figure's SVG file, in the export's theme. */
export function jobSvg(job: ExportJob): string {
  const { theme } = job.options;
  const palette = palettes[theme === 'dark' ? 'dark' : 'light'];
  return figureSvg(job.chartId, job.figure, palette, job.metadata, theme === 'transparent');
}

/** The figure as PNG at `scale`, carrying its title, summary, sources and address. */
export async function pngBytes(
  job: ExportJob,
  svg: string,
  scale: number,
  platform: ExportPlatform,
): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = job.figure.model.frame;
  const { metadata } = job;
  const source = metadata.sources.map((s) => s.citation).join('; ');
  return tagPng(await platform.rasterise(svg, width, height, scale), {
    scale,
    // Plain-ASCII copies for programs that read only tEXt; a title in Cyrillic or Chinese has
    // none, so the chart's name and its sources' ids stand in.
    ascii: {
      Title: isPlainAscii(metadata.title)
        ? metadata.title
        : `Kazakhstan-China ties: ${metadata.chart}`,
      Source: isPlainAscii(source) ? source : metadata.sources.map((s) => s.id).join('; '),
      URL: encodeURI(decodeURI(metadata.url)),
    },
    text: {
      Title: metadata.title,
      Description: metadata.summary,
      Source: source,
      URL: metadata.url,
      'Creation Time': metadata.exported,
      'kzcn:metadata': JSON.stringify(metadata),
    },
  });
}

async function bytesOf(job: ExportJob, platform: ExportPlatform): Promise<Uint8Array<ArrayBuffer>> {
  const { model, sources } = job.figure;
  switch (job.format) {
    case 'csv':
      return encode(tableToCsv(model.table, sources, job.lang));
    case 'xlsx': {
      const { xlsxFile } = await import('./xlsxFile');
      return xlsxFile(model.table, sources, job.lang, job.metadata);
    }
    case 'json':
      return encode(tableToJson(model.table, sources, { ...job.metadata }));
    case 'svg':
      return encode(jobSvg(job));
    case 'png':
      return pngBytes(job, jobSvg(job), job.options.scale, platform);
    case 'pdf': {
      const { pdfFile } = await import('./pdf');
      const { width, height } = model.frame;
      return pdfFile(jobSvg(job), width, height, job.metadata, platform);
    }
    case 'pptx': {
      if (!job.slides?.length)
        throw new Error('A PowerPoint slide needs the chart laid out for it');
      const { deckFile } = await import('./deck');
      return deckFile({
        lang: job.lang,
        aspect: '16:9',
        charts: job.slides,
        url: job.metadata.url,
        date: job.metadata.exported,
        alone: true,
      });
    }
  }
}

/** A figure as a file in one format: the same bytes in a browser and in Node. */
export async function exportFigure(
  job: ExportJob,
  platform: ExportPlatform,
): Promise<ExportedFile> {
  return {
    name: exportFileName(job.chartId, job.format, job.lang, job.options.scale),
    type: TYPES[job.format],
    bytes: await bytesOf(job, platform),
  };
}

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChart, type Chart, type ChartId } from '../charts/registry';
import type { Composer } from '../charts/compose';
import { deckFile, slideDeckCharts, withPictures, type DeckChart } from '../export/deck';
import { deckFileName, type DeckAspect } from '../export/deckAspects';
import { exportFigure, type ExportJob } from '../export/exportFigure';
import { handoutFile } from '../export/handout';
import { figureMetadata } from '../export/metadata';
import { resolveSize } from '../export/options';
import type { ExportedFile } from '../export/platform';
import { selectionParams } from '../figure/selection';
import type { Language } from '../i18n/languages';
import { localizedPath } from '../state/localePaths';
import { diskComposer, diskSources } from './diskFigures';
import { ArgumentError, parseExportArgs, USAGE, type ExportArgs } from './exportArgs';
import { nodePlatform } from './nodePlatform';

/**
 * The view's address, recorded in each file so it can reopen the view: absolute when the site's
 * address is known (`SITE_URL`), else from the site's root.
 */
export function viewAddress(chart: ChartId, lang: Language, args: ExportArgs): string {
  const query = selectionParams(args.selection).toString();
  const path = `${localizedPath(`/chart/${chart}`, lang)}${query ? `?${query}` : ''}`;
  const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
  return `${site}${path}`;
}

async function filesIn(lang: Language, args: ExportArgs, date: string): Promise<ExportedFile[]> {
  const sources = await diskSources(lang);
  const files: ExportedFile[] = [];
  for (const id of args.charts) {
    const chart = findChart(id);
    if (!chart) continue;
    const compose = await diskComposer(chart, lang, sources);
    const figure = compose(resolveSize(args.options, args.options.width), args.selection);
    const metadata = figureMetadata(id, figure, viewAddress(id, lang, args), date, lang);
    for (const format of args.formats) {
      const job: ExportJob = { chartId: id, figure, format, options: args.options, metadata, lang };
      if (format === 'pptx') job.slides = chartSlides(chart, compose, '16:9', lang, args, date);
      files.push(await exportFigure(job, nodePlatform));
    }
  }
  return files;
}

/** A chart laid out for slides of this shape: one, or a long chart's parts. */
function chartSlides(
  chart: Chart,
  compose: Composer,
  aspect: DeckAspect,
  lang: Language,
  args: ExportArgs,
  date: string,
): DeckChart[] {
  return slideDeckCharts(
    (size) => compose(size, args.selection),
    aspect,
    (figure) => ({
      chartId: chart.id,
      name: chart.names[lang].name,
      metadata: figureMetadata(chart.id, figure, viewAddress(chart.id, lang, args), date, lang),
    }),
  );
}

/** The deck and the handout of the chosen charts in one language. */
async function deckIn(lang: Language, args: ExportArgs, aspect: DeckAspect, date: string) {
  const sources = await diskSources(lang);
  const charts: DeckChart[] = [];
  for (const id of args.charts) {
    const chart = findChart(id);
    if (!chart) continue;
    const compose = await diskComposer(chart, lang, sources);
    charts.push(...chartSlides(chart, compose, aspect, lang, args, date));
  }
  const site = (process.env.SITE_URL ?? '').replace(/\/+$/, '') || localizedPath('/', lang);
  const request = { lang, aspect, charts, url: site, date };
  return [
    {
      name: deckFileName('deck', lang, aspect),
      type: '',
      bytes: await deckFile(
        args.pictures ? { ...request, charts: await withPictures(charts, nodePlatform) } : request,
      ),
    },
    {
      name: deckFileName('handout', lang, aspect),
      type: '',
      bytes: await handoutFile(request, nodePlatform),
    },
  ];
}

/** Writes every file beside its final name first, so no reader ever sees half a file. */
function writeAll(out: string, files: readonly ExportedFile[]): void {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = resolve(out, file.name);
      writeFileSync(`${path}.partial`, file.bytes);
      written.push(path);
    }
    for (const path of written) renameSync(`${path}.partial`, path);
  } catch (error) {
    for (const path of written) rmSync(`${path}.partial`, { force: true });
    throw error;
  }
}

/** `npm run export`: the Export menu's files, made in Node. Returns the exit status. */
export async function exportCommand(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    process.stderr.write(`export: ${error.message}\n`);
    return 2;
  }
  const date = new Date().toISOString().slice(0, 10);
  const files: ExportedFile[] = [];
  try {
    for (const lang of args.langs) {
      files.push(
        ...(args.deck
          ? await deckIn(lang, args, args.deck, date)
          : await filesIn(lang, args, date)),
      );
    }
  } catch (error) {
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  writeAll(resolve(args.out), files);
  for (const f of files) process.stdout.write(`${resolve(args.out, f.name)}\n`);
  return 0;
}

import type { FigureSources } from '../../charts/compose';
import { charts } from '../../charts/registry';
import { exportFigure } from '../../export/exportFigure';
import { figureMetadata } from '../../export/metadata';
import { DEFAULT_OPTIONS } from '../../export/options';
import type { Language } from '../../i18n/languages';
import { localizedPath } from '../../state/localePaths';
import { diskFigure } from '../diskFigures';
import { nodePlatform } from '../nodePlatform';
import { IMAGE, siteUrl, type SiteAddress } from './pageHead';
import { palettePng } from './palettePng';

/** A file the build writes, by its path under the site's folder. */
export interface BuiltFile {
  path: string;
  bytes: Uint8Array | string;
}

/**
 * Every chart in `lang` as an image at a stable address (`/images/ru/trade.png`, `.svg`): laid
 * out for 1200 × 675, light, for link previews and "insert image by URL". Outlines keep what shows
 * at twice that size (a quarter of a pixel), which a slide that enlarges the SVG still does not see.
 */
export async function bakeImages(
  lang: Language,
  files: FigureSources,
  at: SiteAddress,
  date: string,
): Promise<BuiltFile[]> {
  const out: BuiltFile[] = [];
  const options = {
    ...DEFAULT_OPTIONS,
    size: 'custom' as const,
    width: IMAGE.width,
    height: IMAGE.height,
    scale: IMAGE.scale,
    theme: 'light' as const,
  };
  for (const chart of charts) {
    const size = { width: IMAGE.width, height: IMAGE.height, simplify: 0.25 };
    const figure = await diskFigure(chart, { size, selection: {}, lang }, files);
    const url = siteUrl(at, localizedPath(`/chart/${chart.id}`, lang));
    const metadata = figureMetadata(chart.id, figure, url, date, lang);
    for (const format of ['svg', 'png'] as const) {
      const job = { chartId: chart.id, figure, format, options, metadata, lang };
      const file = await exportFigure(job, nodePlatform);
      const bytes = format === 'png' ? palettePng(file.bytes) : file.bytes;
      out.push({ path: `images/${lang}/${chart.id}.${format}`, bytes });
    }
  }
  return out;
}

import type { QueryClient } from '@tanstack/react-query';
import { charts } from '../charts/registry';
import { deckFile, slideDeckCharts, withPictures, type DeckChart } from '../export/deck';
import { deckFileName, type DeckAspect } from '../export/deckAspects';
import { figureMetadata } from '../export/metadata';
import type { ExportedFile } from '../export/platform';
import type { Selection } from '../figure/selection';
import type { Language } from '../i18n/languages';
import { loadComposer } from '../queries/loadFigure';
import { browserPlatform } from './browserPlatform';

export interface DeckExportRequest {
  client: QueryClient;
  lang: Language;
  aspect: DeckAspect;
  selection: Selection;
  /** The address of each chart's view, recorded in its notes. */
  chartUrl: (chartId: string) => string;
  /** The site's address, on the title slide. */
  siteUrl: string;
  date: string;
  /** The deck's charts as pictures instead of native shapes (the opt-in fallback). */
  pictures?: boolean;
}

/**
 * Every chart as one PowerPoint deck, or its PDF handout, in the reader's language: the same
 * files as in Node.
 */
export async function exportDeck(
  r: DeckExportRequest,
  kind: 'deck' | 'handout' = 'deck',
): Promise<ExportedFile> {
  const slides: DeckChart[] = [];
  for (const chart of charts) {
    const compose = await loadComposer(r.client, chart, r.lang);
    slides.push(
      ...slideDeckCharts(
        (size) => compose(size, r.selection),
        r.aspect,
        (figure) => ({
          chartId: chart.id,
          name: chart.names[r.lang].name,
          metadata: figureMetadata(chart.id, figure, r.chartUrl(chart.id), r.date, r.lang),
        }),
      ),
    );
  }
  const request = { lang: r.lang, aspect: r.aspect, charts: slides, url: r.siteUrl, date: r.date };
  if (kind === 'handout') {
    const { handoutFile } = await import('../export/handout');
    return {
      name: deckFileName('handout', r.lang, r.aspect),
      type: 'application/pdf',
      bytes: await handoutFile(request, browserPlatform),
    };
  }
  return {
    name: deckFileName('deck', r.lang, r.aspect),
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    bytes: await deckFile(
      r.pictures ? { ...request, charts: await withPictures(slides, browserPlatform) } : request,
    ),
  };
}

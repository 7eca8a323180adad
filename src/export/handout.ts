import { SLIDE_HEIGHT, slideWidth } from '../figure/slideSize';
import { messages } from '../i18n/messages/load';
import { deckSources, sourceLines, type DeckRequest } from './deck';
import { sourcesPage, titlePage } from './handoutPages';
import { pdfPages } from './pdf';
import type { ExportPlatform } from './platform';

/** A slide is 7.5 in tall: 540 pt over the slide's figure pixels. */
const PT_PER_SLIDE_PX = 540 / SLIDE_HEIGHT;

/**
 * The deck as a vector PDF handout: the same pages (title, each chart laid out for the slide,
 * sources) at the slide's size, text selectable in the figure's own faces, all embedded.
 */
export async function handoutFile(
  r: DeckRequest,
  platform: ExportPlatform,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = await messages.load(r.lang);
  const width = slideWidth(r.aspect);
  const where = /^https?:\/\//.test(r.url) ? `${r.url} · ${r.date}` : r.date;
  const pages = [
    titlePage(width, t.siteTitle, t.slideTitleLede, where),
    ...r.charts.map((c) => ({
      svg: c.svg,
      width: c.figure.model.frame.width,
      height: c.figure.model.frame.height,
    })),
    sourcesPage(width, t.sourcesHeading, sourceLines(r.charts), r.aspect === '4:3' ? 15 : 17.5),
  ];
  return pdfPages(
    pages,
    PT_PER_SLIDE_PX,
    {
      title: t.siteTitle,
      subject: t.slideTitleLede,
      keywords: `Kazakhstan, China; ${r.url}`,
      author: deckSources(r.charts)
        .map((s) => s.citation)
        .join('; '),
      date: r.date,
    },
    platform,
  );
}

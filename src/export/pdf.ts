import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import type { FigureMetadata } from './metadata';
import { embedFigureFonts } from './pdfFonts';
import type { ExportPlatform } from './platform';

/** A CSS pixel is 1/96 in, a PDF point 1/72 in: the page is the figure's size, not its pixel count in points. */
export const PT_PER_PX = 0.75;

/** Draws one SVG onto the current page, `w` × `h` pt, its text in the figure's own faces. */
async function drawSvg(
  doc: jsPDF,
  svg: string,
  w: number,
  h: number,
  platform: ExportPlatform,
): Promise<void> {
  const element = platform.parseSvg(svg);
  await embedFigureFonts(doc, element, platform);
  const box = { x: 0, y: 0, width: w, height: h };
  if (!element.querySelector('[data-halo]')) {
    await doc.svg(element, box);
    return;
  }
  // A label's halo is a stroked copy of its words; drawn apart, inside marked content whose
  // actual text is empty, it stays out of the text a reader copies or a program extracts.
  await doc.svg(
    only(element, (el) => !el.hasAttribute('data-halo')),
    box,
  );
  write(doc, '/Span <</ActualText ()>> BDC');
  await doc.svg(
    only(element, (el) => el.getAttribute('data-halo') === 'copy', true),
    box,
  );
  write(doc, 'EMC');
  await doc.svg(
    only(element, (el) => el.getAttribute('data-halo') === 'label', true),
    box,
  );
}

const DRAWN = 'rect, path, circle, ellipse, line, polyline, polygon, image, text';

/** A copy of the drawing keeping the marks `keep` picks (and, unless `bare`, nothing else goes). */
function only(root: Element, keep: (el: Element) => boolean, bare = false): Element {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(DRAWN)) {
    if (el.closest('clipPath, defs')) continue;
    if (el.parentElement?.closest('text')) continue;
    if (!keep(el) || (bare && !el.hasAttribute('data-halo'))) el.remove();
  }
  return copy;
}

/** Raw operators on the current page, between svg2pdf's drawings. */
function write(doc: jsPDF, operators: string): void {
  (doc.internal as unknown as { write: (s: string) => void }).write(operators);
}

function newDocument(w: number, h: number, platform: ExportPlatform): jsPDF {
  const doc = new jsPDF({
    unit: 'pt',
    format: [w, h],
    orientation: w >= h ? 'landscape' : 'portrait',
    compress: true,
    // Only the faces a page uses: no unembedded standard fonts in the file.
    putOnlyUsedFonts: true,
  });
  platform.measureTextWith((text, font, size, bold) => {
    const current = doc.getFont();
    doc.setFont(font, bold && font === 'helvetica' ? 'bold' : 'normal');
    const width = doc.getStringUnitWidth(text, { font: doc.getFont(), fontSize: size }) * size;
    doc.setFont(current.fontName, current.fontStyle);
    return width;
  });
  return doc;
}

/** What a PDF says about itself in its document information. */
export interface PdfProperties {
  title: string;
  subject: string;
  keywords: string;
  author: string;
  /** YYYY-MM-DD. */
  date: string;
}

function finish(doc: jsPDF, p: PdfProperties): Uint8Array<ArrayBuffer> {
  doc.setProperties({
    title: p.title,
    subject: p.subject,
    keywords: p.keywords,
    creator: 'Kazakhstan–China Ties',
    author: p.author,
  });
  doc.setCreationDate(new Date(`${p.date}T00:00:00Z`));
  return new Uint8Array(doc.output('arraybuffer'));
}

/**
 * A vector PDF one page the size of the figure, with selectable text set in the figure font
 * (Latin, Cyrillic with the Kazakh letters, and Chinese, each face embedded with only the glyphs
 * used), and the figure's title, summary and sources in the document information.
 */
export async function pdfFile(
  svg: string,
  width: number,
  height: number,
  metadata: FigureMetadata,
  platform: ExportPlatform,
): Promise<Uint8Array<ArrayBuffer>> {
  const [w, h] = [width * PT_PER_PX, height * PT_PER_PX];
  const doc = newDocument(w, h, platform);
  await drawSvg(doc, svg, w, h, platform);
  return finish(doc, {
    title: metadata.title,
    subject: metadata.summary,
    keywords: `Kazakhstan, China; ${metadata.url}`,
    author: metadata.sources.map((s) => s.citation).join('; '),
    date: metadata.exported,
  });
}

/** Pages of SVG drawings as one PDF, each page `ptPerPx` points per figure pixel. */
export async function pdfPages(
  pages: readonly { svg: string; width: number; height: number }[],
  ptPerPx: number,
  properties: PdfProperties,
  platform: ExportPlatform,
): Promise<Uint8Array<ArrayBuffer>> {
  const [first] = pages;
  if (!first) throw new Error('A PDF needs a page');
  const doc = newDocument(first.width * ptPerPx, first.height * ptPerPx, platform);
  for (const [i, page] of pages.entries()) {
    const [w, h] = [page.width * ptPerPx, page.height * ptPerPx];
    if (i > 0) doc.addPage([w, h], w >= h ? 'landscape' : 'portrait');
    await drawSvg(doc, page.svg, w, h, platform);
  }
  return finish(doc, properties);
}

import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import type { FigureMetadata } from './metadata';
import { embedFigureFonts } from './pdfFonts';
import type { ExportPlatform } from './platform';

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
  const doc = new jsPDF({
    unit: 'pt',
    format: [width, height],
    orientation: width >= height ? 'landscape' : 'portrait',
    compress: true,
  });
  const element = platform.parseSvg(svg);
  await embedFigureFonts(doc, element, platform);
  platform.measureTextWith((text, font, size, bold) => {
    const current = doc.getFont();
    doc.setFont(font, bold && font === 'helvetica' ? 'bold' : 'normal');
    const width = doc.getStringUnitWidth(text, { font: doc.getFont(), fontSize: size }) * size;
    doc.setFont(current.fontName, current.fontStyle);
    return width;
  });
  await doc.svg(element, { x: 0, y: 0, width, height });
  doc.setProperties({
    title: metadata.title,
    subject: metadata.summary,
    keywords: `Kazakhstan, China; ${metadata.url}`,
    creator: 'Kazakhstan–China Ties',
    author: metadata.sources.map((s) => s.citation).join('; '),
  });
  doc.setCreationDate(new Date(`${metadata.exported}T00:00:00Z`));
  return new Uint8Array(doc.output('arraybuffer'));
}

import { FONT_FAMILY, palettes } from '../figure/palette';
import { SLIDE_HEIGHT } from '../figure/slideSize';
import { wrapText, type FontWeight } from '../figure/textMetrics';
import { escapeMarkup as escapeXml } from '../figure/escapeMarkup';

/** A page of the handout as SVG, in figure pixels: the same drawing path as every chart. */
export interface HandoutPage {
  svg: string;
  width: number;
  height: number;
}

interface Block {
  text: string;
  size: number;
  weight: FontWeight;
  color: string;
  gapAfter: number;
}

/** Text blocks set one under another from `top`, wrapped to the page's width. */
function textPage(width: number, blocks: readonly Block[], top: number): HandoutPage {
  const pad = 60;
  const p = palettes.light;
  let y = top;
  const texts = blocks.map((b) => {
    const lines = wrapText(b.text, width - pad * 2, b.size, b.weight);
    const lineHeight = b.size * 1.3;
    const spans = lines
      .map(
        (line, i) =>
          `<tspan x="${String(pad)}" dy="${i === 0 ? '0' : String(lineHeight)}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    const out = `<text x="${String(pad)}" y="${String(y + b.size)}" font-size="${String(b.size)}" font-weight="${String(b.weight)}" fill="${b.color}">${spans}</text>`;
    y += lines.length * lineHeight + b.gapAfter;
    return out;
  });
  const height = SLIDE_HEIGHT;
  return {
    width,
    height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" font-family="${escapeXml(FONT_FAMILY)}"><rect width="${String(width)}" height="${String(height)}" fill="${p.background}"/>${texts.join('')}</svg>`,
  };
}

/** The handout's first page: the deck's title slide. */
export function titlePage(width: number, title: string, lede: string, where: string): HandoutPage {
  const p = palettes.light;
  return textPage(
    width,
    [
      { text: title, size: 50, weight: 600, color: p.text, gapAfter: 24 },
      { text: lede, size: 25, weight: 400, color: p.muted, gapAfter: 60 },
      { text: where, size: 18, weight: 400, color: p.muted, gapAfter: 0 },
    ],
    190,
  );
}

/** The handout's last page: each chart's source line, as on the deck's sources slide. */
export function sourcesPage(
  width: number,
  heading: string,
  lines: readonly string[],
  size: number,
): HandoutPage {
  const p = palettes.light;
  return textPage(
    width,
    [
      { text: heading, size: 38, weight: 600, color: p.text, gapAfter: 24 },
      ...lines.map((text) => ({ text, size, weight: 400 as const, color: p.text, gapAfter: 12 })),
    ],
    40,
  );
}

import type { PaletteColor } from './palette';
import { keepMarkerWithTitle, partTitle, type SlidePart } from './slideParts';
import { measureText, wrapText, type FontWeight } from './textMetrics';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigureSize {
  width: number;
  /** Fixed outer height (exports, slides); when absent the plot takes a height that suits the width. */
  height?: number;
  /** Leave out the title, or the source line (an export option; the SVG keeps both in <title>, <metadata>). */
  omit?: { title?: boolean; subtitle?: boolean; source?: boolean };
  /**
   * The width the type is sized for, when not the figure's own: cards on a wide screen share
   * one type size, whatever their widths, while slides and exports grow theirs with the page.
   */
  typeWidth?: number;
  /**
   * Slides: the type is sized for this width whatever the figure's own, so a 4:3 slide's
   * labels are as large as a 16:9 one's and a room can read them.
   */
  projectionTypeWidth?: number;
  /**
   * Slides: the plot's type, when a plot scaled down to fit the slide's height reads better in
   * smaller type than the frame's (see SLIDE_TYPE_WIDTHS).
   */
  plotTypeWidth?: number;
  /**
   * Slides: the part of a chart split over several slides. Its title says which; the subtitle
   * stands on the first only.
   */
  part?: SlidePart;
  /**
   * Outlines (a map's coastlines) may leave out detail up to this many pixels: a page built
   * ahead of time is drawn once at its size and never zoomed, and half a pixel of a coastline
   * is a large part of its bytes. Left out, every point is kept (exports, the live figure).
   */
  simplify?: number;
}

export type LegendSymbol =
  'line' | 'dotted' | 'circle' | 'square' | 'diamond' | 'hollow-diamond' | 'triangle' | 'swatch';

export interface LegendEntry {
  key: string;
  label: string;
  color: PaletteColor;
  symbols: readonly LegendSymbol[];
}

export interface TextBlock {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  weight: FontWeight;
}

export interface PlacedLegendEntry {
  entry: LegendEntry;
  x: number;
  y: number;
}

export interface TypeScale {
  title: number;
  subtitle: number;
  body: number;
  small: number;
  /** Multiplier for strokes, radii and paddings. */
  k: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  pad: number;
  type: TypeScale;
  title: TextBlock;
  subtitle: TextBlock;
  legend: { entries: PlacedLegendEntry[]; symbolWidth: number; size: number };
  plot: Rect;
  source: TextBlock;
}

export interface FrameText {
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
  source: string;
}

/** Text grows with the figure past laptop widths, so a projector or a 4K embed stays legible. */
export function typeScale(width: number): TypeScale {
  const k = Math.min(Math.max(width / 1100, 1), 2.6);
  if (width < 440) return { title: 17, subtitle: 13, body: 12, small: 11, k: 1 };
  if (width < 760) return { title: 20, subtitle: 14, body: 12.5, small: 11.5, k: 1 };
  return { title: 22 * k, subtitle: 15 * k, body: 13 * k, small: 12 * k, k };
}

/** The type scale of a figure's title, subtitle, legend and source line. */
export function frameType(size: FigureSize): TypeScale {
  return typeScale(size.projectionTypeWidth ?? Math.min(size.width, size.typeWidth ?? size.width));
}

/** The type scale of a figure's plot: the frame's, unless a slide asks for smaller. */
export function figureType(size: FigureSize): TypeScale {
  return size.plotTypeWidth === undefined ? frameType(size) : typeScale(size.plotTypeWidth);
}

function block(
  text: string,
  x: number,
  top: number,
  maxWidth: number,
  size: number,
  weight: FontWeight,
  leading = 1.25,
): TextBlock {
  const lines = text === '' ? [] : wrapText(text, maxWidth, size, weight);
  return { lines, x, y: top + size * 0.95, size, lineHeight: size * leading, weight };
}

export function blockHeight(b: TextBlock): number {
  return b.lines.length === 0 ? 0 : b.lineHeight * (b.lines.length - 1) + b.size * 1.2;
}

/**
 * Lays out the parts every figure shares: title, subtitle, legend, plot area, source line.
 * The plot gets what is left; `plotAspect` gives its height when the figure height is free.
 */
/** The figure width from which text on screen (and in an "as shown" export) stops growing. */
export const SCREEN_TYPE_WIDTH = 1280;

/** The share of a slide's width its frame text may fill (see layoutFrame). */
const SLIDE_TEXT_ROOM = 0.94;

export function layoutFrame(
  text: FrameText,
  size: FigureSize,
  plotAspect: (plotWidth: number) => number,
): FrameLayout {
  const width = Math.max(Math.round(size.width), 200);
  const type = frameType({ ...size, width });
  const pad = Math.round((width < 440 ? 12 : 18) * type.k);
  const inner = width - pad * 2;
  // A slide's text is set in the presenter's faces (Arial, Microsoft YaHei or its stand-in), up to
  // a few percent wider than ours in Chinese: its lines keep that much room to the slide's edge.
  const measure = size.projectionTypeWidth === undefined ? inner : inner * SLIDE_TEXT_ROOM;

  const titleText = size.omit?.title ? '' : partTitle(text.title, size.part);
  const title = block(titleText, pad, pad, measure, type.title, 600, 1.2);
  title.lines = keepMarkerWithTitle(title.lines);
  let y = pad + blockHeight(title) + (title.lines.length > 0 ? 4 * type.k : 0);
  const subtitleText = size.omit?.subtitle || (size.part?.index ?? 0) > 0 ? '' : text.subtitle;
  const subtitle = block(subtitleText, pad, y, measure, type.subtitle, 400, 1.35);
  y += blockHeight(subtitle) + 10 * type.k;

  const symbolWidth = 22 * type.k;
  const gap = 16 * type.k;
  const rowHeight = type.body * 1.6;
  const entries: PlacedLegendEntry[] = [];
  let lx = pad;
  let rows = text.legend.length > 0 ? 1 : 0;
  for (const entry of text.legend) {
    const w = entry.symbols.length * symbolWidth + 6 * type.k + measureText(entry.label, type.body);
    if (lx > pad && lx + w > width - pad) {
      lx = pad;
      rows += 1;
    }
    entries.push({ entry, x: lx, y: y + (rows - 1) * rowHeight + rowHeight / 2 });
    lx += w + gap;
  }
  y += rows * rowHeight + (rows > 0 ? 8 * type.k : 0);

  const source = block(
    size.omit?.source ? '' : text.source,
    pad,
    0,
    measure,
    type.small,
    400,
    1.35,
  );
  const sourceHeight = blockHeight(source);
  const plotTop = y;
  const plotHeight =
    size.height === undefined
      ? Math.round(plotAspect(inner))
      : Math.max(size.height - plotTop - sourceHeight - pad - 12 * type.k, 80);
  const sourceTop = plotTop + plotHeight + 12 * type.k;
  source.y = sourceTop + source.size * 0.95;
  const height =
    size.height === undefined ? Math.ceil(sourceTop + sourceHeight + pad) : Math.round(size.height);

  return {
    width,
    height,
    pad,
    type,
    title,
    subtitle,
    legend: { entries, symbolWidth, size: type.body },
    plot: { x: pad, y: plotTop, width: inner, height: plotHeight },
    source,
  };
}

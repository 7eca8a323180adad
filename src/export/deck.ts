import PptxGenJS from 'pptxgenjs';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import type { ChartId } from '../charts/registry';
import type { ComposedFigure } from '../charts/compose';
import { palettes } from '../figure/palette';
import type { FigureSize } from '../figure/frame';
import { SLIDE_HEIGHT, slideParts, slideWidth } from '../figure/slideSize';
import type { DeckAspect } from './deckAspects';
import type { Language } from '../i18n/languages';
import { messages } from '../i18n/messages/load';
import type { FigureMetadata } from './metadata';
import type { ExportPlatform } from './platform';
import { EMU_PER_INCH, groupXml } from './ooxmlShapes';
import { slideStyle, textRunFonts } from './slideFonts';
import { drawingOf, type DrawnShape } from './svgDrawing';
import { figureSvg } from './svgFile';
import { parseSvg } from './svgTree';
import type { TradePlot } from '../charts/trade/tradeTypes';
import { isNativeTradePart, nativeTradeChart, type NativeTrade } from './tradeNativeChart';

/** One chart's slide: its figure laid out at the slide's size, and its SVG drawing. */
export interface DeckChart {
  chartId: ChartId;
  name: string;
  figure: ComposedFigure;
  svg: string;
  metadata: FigureMetadata;
  /** The opt-in fallback: the chart as one picture instead of native shapes. */
  picture?: Uint8Array;
}

export interface DeckRequest {
  lang: Language;
  aspect: DeckAspect;
  charts: readonly DeckChart[];
  /** The site's address, for the title slide and the notes. */
  url: string;
  date: string;
  /** One chart's own file: its slide alone, no title or sources slide. */
  alone?: boolean;
}

const SLIDE_H_IN = 7.5;
/** EMU per figure pixel: a slide is SLIDE_HEIGHT figure pixels tall. */
const K = (SLIDE_H_IN * EMU_PER_INCH) / SLIDE_HEIGHT;
const INK = '1B1F24';
const MUTED = '56606B';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A chart's slide from its figure, laid out at the slide's size. */
export function deckChart(
  chartId: ChartId,
  name: string,
  figure: ComposedFigure,
  metadata: FigureMetadata,
): DeckChart {
  return {
    chartId,
    name,
    figure,
    metadata,
    svg: figureSvg(chartId, figure, palettes.light, metadata),
  };
}

/**
 * A chart laid out for the deck's slides (see slideParts): one slide, or a long chart's parts
 * over two or three, each in the plot type that keeps every label legible.
 */
export function slideDeckCharts(
  compose: (size: FigureSize) => ComposedFigure,
  aspect: DeckAspect,
  describe: (figure: ComposedFigure) => {
    chartId: ChartId;
    name: string;
    metadata: FigureMetadata;
  },
): DeckChart[] {
  const parts = slideParts(aspect, compose);
  return parts.map((figure) => {
    const { chartId, name, metadata } = describe(figure);
    return deckChart(chartId, name, figure, metadata);
  });
}

/** The subtitle a slide left out for room (or that heads the chart's first part) goes in its notes. */
function unshownSubtitle({ figure: { model } }: DeckChart): string[] {
  const { subtitle } = model.text;
  return subtitle && model.frame.subtitle.lines.length === 0 ? [subtitle, ''] : [];
}

/** Each chart's source line once, after its name, however many slides it takes. */
export function sourceLines(charts: readonly DeckChart[]): string[] {
  const lines = new Map<ChartId, string>();
  for (const c of charts) {
    if (!lines.has(c.chartId)) lines.set(c.chartId, `${c.name}. ${c.figure.model.text.source}`);
  }
  return [...lines.values()];
}

/** The opt-in fallback: each chart as one sharp picture (2×) instead of native shapes. */
export async function withPictures(
  charts: readonly DeckChart[],
  platform: ExportPlatform,
): Promise<DeckChart[]> {
  return Promise.all(
    charts.map(async (c) => {
      const { width, height } = c.figure.model.frame;
      return { ...c, picture: await platform.rasterise(c.svg, width, height, 2) };
    }),
  );
}

const marker = (i: number) => `KZCN-CHART-${String(i)}`;

/** The figure's own background is the slide's; everything else is drawn. */
function withoutBackground(shapes: DrawnShape[], width: number, height: number): DrawnShape[] {
  return shapes.filter(
    (s, i) =>
      !(i === 0 && s.kind === 'rect' && s.x <= 0 && s.y <= 0 && s.w >= width && s.h >= height),
  );
}

/** The unique sources of every chart, each once, in the order the charts cite them. */
export function deckSources(charts: readonly DeckChart[]): FigureMetadata['sources'] {
  const seen = new Map<string, FigureMetadata['sources'][number]>();
  for (const c of charts) {
    for (const s of c.metadata.sources) {
      const key = s.url ?? s.citation;
      if (!seen.has(key)) seen.set(key, s);
    }
  }
  return [...seen.values()];
}

type Messages = Awaited<ReturnType<typeof messages.load>>;
type Fonts = ReturnType<typeof textRunFonts>;

/** What every slide of a deck is made with. */
interface DeckContext {
  pptx: PptxGenJS;
  t: Messages;
  r: DeckRequest;
  widthIn: number;
  fonts: Fonts;
  background: { color: string };
}

function blankSlide({ pptx, background }: DeckContext): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  slide.background = background;
  return slide;
}

function titleSlide(c: DeckContext): void {
  const { t, r, widthIn, fonts } = c;
  const title = blankSlide(c);
  title.addText(t.siteTitle, {
    x: 0.7,
    y: 2.2,
    w: widthIn - 1.4,
    h: 1.3,
    fontSize: 40,
    bold: true,
    color: INK,
    valign: 'bottom',
    ...fonts,
  });
  title.addText(t.slideTitleLede, {
    x: 0.7,
    y: 3.6,
    w: widthIn - 1.4,
    h: 1.6,
    fontSize: 20,
    color: MUTED,
    valign: 'top',
    ...fonts,
  });
  // A site address the file can use; a path from the site's root means nothing outside it.
  const where = /^https?:\/\//.test(r.url) ? `${r.url} · ${r.date}` : r.date;
  title.addText(where, {
    x: 0.7,
    y: SLIDE_H_IN - 1.0,
    w: widthIn - 1.4,
    h: 0.5,
    fontSize: 14,
    color: MUTED,
    ...fonts,
  });
  title.addNotes(t.slideTitleLede);
}

function sourcesSlide(c: DeckContext): void {
  const { t, r, widthIn, fonts } = c;
  const sources = blankSlide(c);
  sources.addText(t.sourcesHeading, {
    x: 0.6,
    y: 0.35,
    w: widthIn - 1.2,
    h: 0.8,
    fontSize: 30,
    bold: true,
    color: INK,
    ...fonts,
  });
  sources.addText(
    sourceLines(r.charts).map((text) => ({
      text,
      options: { breakLine: true, paraSpaceAfter: 8 },
    })),
    {
      x: 0.6,
      y: 1.3,
      w: widthIn - 1.2,
      h: SLIDE_H_IN - 1.8,
      fontSize: r.aspect === '4:3' ? 12 : 14,
      color: INK,
      valign: 'top',
      fit: 'shrink',
      ...fonts,
    },
  );
  sources.addNotes(
    [
      t.slideNotesSources,
      ...deckSources(r.charts).map((s) => `- ${s.citation}${s.url ? ` ${s.url}` : ''}`),
    ].join('\n'),
  );
}

/**
 * One PowerPoint deck: a title slide, each chart laid out for the slide as native, editable
 * shapes (trade as a native chart), and a sources slide, with each chart's summary and sources
 * in its speaker notes.
 */
export async function deckFile(r: DeckRequest): Promise<Uint8Array<ArrayBuffer>> {
  const t = await messages.load(r.lang);
  const style = slideStyle(r.lang);
  const fonts = textRunFonts(r.lang);
  const widthIn = (slideWidth(r.aspect) * K) / EMU_PER_INCH;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: `KZCN-${r.aspect}`, width: widthIn, height: SLIDE_H_IN });
  pptx.layout = `KZCN-${r.aspect}`;
  pptx.title = t.siteTitle;
  pptx.subject = t.slideTitleLede;
  pptx.author = t.siteTitle;
  pptx.company = r.url;
  const background = { color: palettes.light.background.slice(1).toUpperCase() };

  const context: DeckContext = { pptx, t, r, widthIn, fonts, background };
  const only = r.alone ? r.charts[0] : undefined;
  if (only) {
    pptx.title = only.metadata.title;
    pptx.subject = only.metadata.summary;
  } else {
    titleSlide(context);
  }

  const groups = new Map<string, string>();
  let native: NativeTrade | null = null;
  r.charts.forEach((c, i) => {
    const slide = blankSlide(context);
    const { width, height } = c.figure.model.frame;
    if (c.picture) {
      slide.addImage({
        data: `image/png;base64,${base64(c.picture)}`,
        x: 0,
        y: 0,
        w: (width * K) / EMU_PER_INCH,
        h: (height * K) / EMU_PER_INCH,
        altText: c.metadata.summary,
      });
    } else {
      let shapes = withoutBackground(drawingOf(parseSvg(c.svg)), width, height);
      if (c.chartId === 'trade') {
        native = nativeTradeChart(pptx, slide, c.figure, K, { ...fonts, ...style });
        const plot = c.figure.model.plot as TradePlot;
        shapes = shapes.filter((s) => !isNativeTradePart(s.name, s.kind, plot));
      }
      slide.addText(marker(i), { x: 0, y: 0, w: 0.1, h: 0.1, fontSize: 10 });
      groups.set(
        marker(i),
        groupXml(
          c.name,
          shapes,
          { x: 0, y: 0, k: K },
          { width, height },
          style,
          1000,
          c.metadata.summary,
        ),
      );
    }
    slide.addNotes(
      [
        ...unshownSubtitle(c),
        c.metadata.summary,
        '',
        t.slideNotesSources,
        ...c.metadata.sources.map((s) => `- ${s.citation}${s.url ? ` ${s.url}` : ''}`),
        '',
        `${t.slideNotesView} ${c.metadata.url}`,
      ].join('\n'),
    );
  });

  if (!only) sourcesSlide(context);

  const written = new Uint8Array((await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
  return insertGroups(written, groups, r.lang, native);
}

/** Puts each chart's group where its marker stands, and gives Chinese runs their faces. */
function insertGroups(
  deck: Uint8Array,
  groups: ReadonlyMap<string, string>,
  lang: Language,
  native: NativeTrade | null,
): Uint8Array<ArrayBuffer> {
  const files = unzipSync(deck);
  for (const [path, bytes] of Object.entries(files)) {
    if (native && /^ppt\/charts\/chart\d+\.xml$/.test(path)) {
      files[path] = strToU8(native.fixChartXml(strFromU8(bytes)));
      continue;
    }
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(path)) continue;
    let xml = strFromU8(bytes);
    xml = xml.replace(
      /<p:sp>(?:(?!<p:sp>)[\s\S])*?(KZCN-CHART-\d+)<\/a:t>[\s\S]*?<\/p:sp>/g,
      (_, id: string) => groups.get(id) ?? '',
    );
    files[path] = strToU8(fixFaces(xml, lang));
  }
  return zipSync(files, { level: 6 });
}

/** pptxgenjs writes one face to every slot; Latin letters take the Latin face, Chinese its own. */
function fixFaces(xml: string, lang: Language): string {
  const { latin, eastAsian } = slideStyle(lang);
  return xml
    .replace(/<a:latin typeface="[^"]*"/g, `<a:latin typeface="${latin}"`)
    .replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${eastAsian}"`)
    .replace(/<a:cs typeface="[^"]*"/g, `<a:cs typeface="${latin}"`);
}

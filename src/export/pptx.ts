import type { ChartId } from '../charts/registry';
import PptxGenJS from 'pptxgenjs';
import type { ComposedFigure } from '../charts/compose';
import type { TradePlot } from '../charts/trade/tradeModel';
import type { Language } from '../i18n/languages';
import { messages } from '../i18n/messages/load';
import type { FigureMetadata } from './metadata';

const SLIDE_W = 10;
const SLIDE_H = 5.625;

// The slide's own text is set in fonts PowerPoint has everywhere; its language tag picks the
// proofing tools and, for Chinese, an East Asian font for any character the face lacks.
const TEXT_STYLE: Record<Language, { fontFace: string; lang: string }> = {
  en: { fontFace: 'Arial', lang: 'en-GB' },
  ru: { fontFace: 'Arial', lang: 'ru-RU' },
  kk: { fontFace: 'Arial', lang: 'kk-KZ' },
  zh: { fontFace: 'Microsoft YaHei', lang: 'zh-CN' },
};

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * One 16:9 slide: the title, the chart (a native, editable PowerPoint chart for trade, a sharp
 * picture otherwise, with alt text), the source line, and speaker notes with the summary and
 * every source.
 */
export async function pptxFile(
  chartId: ChartId,
  figure: ComposedFigure,
  metadata: FigureMetadata,
  picture: Uint8Array,
  lang: Language = 'en',
): Promise<Uint8Array<ArrayBuffer>> {
  const text = TEXT_STYLE[lang];
  const t = await messages.load(lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = metadata.title;
  pptx.subject = metadata.summary;
  pptx.author = 'Kazakhstan–China Ties';
  pptx.company = metadata.url;
  const slide = pptx.addSlide();
  slide.addText(metadata.title, {
    x: 0.4,
    y: 0.2,
    w: SLIDE_W - 0.8,
    h: 0.75,
    fontSize: 22,
    bold: true,
    ...text,
    color: '1B1F24',
    valign: 'top',
  });
  const box = { x: 0.4, y: 1.0, w: SLIDE_W - 0.8, h: SLIDE_H - 1.6 };
  if (chartId === 'trade') {
    const plot = figure.model.plot as TradePlot;
    const years =
      plot.xTicks.length > 0 ? plot.series.flatMap((s) => s.points.map((p) => p.year)) : [];
    const first = Math.min(...years);
    const last = Math.max(...years);
    const labels: string[] = [];
    for (let y = first; y <= last; y++) labels.push(String(y));
    slide.addChart(
      pptx.ChartType.line,
      plot.series.map((s) => ({
        name: s.label,
        labels,
        // A year with no figure stays empty: the chart shows a gap, never an invented value.
        values: labels.map((l) => s.points.find((p) => p.year === Number(l))?.value ?? null),
      })) as PptxGenJS.OptsChartData[],
      {
        ...box,
        chartColors: plot.series.map((s) => (s.key === 'cn' ? 'C8102E' : '00739A')),
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 6,
        showLegend: true,
        legendPos: 't',
        valAxisTitle: plot.unit,
        valAxisTitleFontFace: text.fontFace,
        catAxisLabelFontFace: text.fontFace,
        valAxisLabelFontFace: text.fontFace,
        legendFontFace: text.fontFace,
        lang: text.lang,
        showValAxisTitle: true,
        valAxisMinVal: 0,
        displayBlanksAs: 'gap',
        altText: metadata.summary,
      },
    );
  } else {
    const { width, height } = figure.model.frame;
    const scale = Math.min(box.w / width, box.h / height);
    const w = width * scale;
    const h = height * scale;
    slide.addImage({
      data: `image/png;base64,${base64(picture)}`,
      x: box.x + (box.w - w) / 2,
      y: box.y + (box.h - h) / 2,
      w,
      h,
      altText: metadata.summary,
    });
  }
  slide.addText(figure.model.text.source, {
    x: 0.4,
    y: SLIDE_H - 0.55,
    w: SLIDE_W - 0.8,
    h: 0.45,
    fontSize: 9,
    ...text,
    color: '56606B',
    valign: 'top',
  });
  slide.addNotes(
    [
      metadata.summary,
      '',
      t.slideNotesSources,
      ...metadata.sources.map((s) => `- ${s.citation}${s.url ? ` ${s.url}` : ''}`),
      '',
      `${t.slideNotesView} ${metadata.url}`,
    ].join('\n'),
  );
  return new Uint8Array((await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer);
}

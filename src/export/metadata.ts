import type { ChartId } from '../charts/registry';
import type { ComposedFigure } from '../charts/compose';
import type { Language } from '../i18n/languages';
import { describeSource } from '../i18n/sourceWords';

/** What every exported file says about itself, so it can be cited and reopened. */
export interface FigureMetadata {
  title: string;
  summary: string;
  chart: string;
  url: string;
  exported: string;
  sources: { id: string; citation: string; url: string | null }[];
}

export function figureMetadata(
  chartId: ChartId,
  { model, sources }: ComposedFigure,
  /** The view's address, which reopens it. */
  url: string,
  /** The export date, YYYY-MM-DD. */
  date: string,
  /** The file's language: its sources' dates are written in it. */
  lang: Language,
): FigureMetadata {
  return {
    title: model.text.title,
    summary: model.summary,
    chart: chartId,
    url,
    exported: date,
    sources: model.citations.map((id) => {
      const s = sources.byId.get(id);
      return { id, citation: describeSource(s, lang), url: s?.url ?? null };
    }),
  };
}

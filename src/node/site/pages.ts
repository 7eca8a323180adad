import { CHART_IDS, type ChartId } from '../../charts/registry';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { SLIDES } from '../../pages/slides';
import { localizedPath } from '../../state/localePaths';

/** A page the build writes: its address in its language, and the chart it shows, if one. */
export interface BuiltPage {
  lang: Language;
  /** The app path without its language (`/chart/trade`). */
  path: string;
  /** The address, language included (`/ru/chart/trade`). */
  address: string;
  kind: 'dashboard' | 'chart' | 'embed' | 'present';
  chart?: ChartId;
}

function page(lang: Language, path: string, kind: BuiltPage['kind'], chart?: ChartId): BuiltPage {
  return { lang, path, address: localizedPath(path, lang), kind, ...(chart ? { chart } : {}) };
}

/** Every route in every language: the dashboard, each chart's page, embed and slide, the deck. */
export function builtPages(): BuiltPage[] {
  return LANGUAGES.flatMap((lang) => [
    page(lang, '/', 'dashboard'),
    ...CHART_IDS.map((id) => page(lang, `/chart/${id}`, 'chart', id)),
    ...CHART_IDS.map((id) => page(lang, `/embed/${id}`, 'embed', id)),
    page(lang, '/present', 'present'),
    ...SLIDES.map((slide, i) =>
      page(
        lang,
        `/present/${String(i + 1)}`,
        'present',
        slide.kind === 'chart' ? slide.chart.id : undefined,
      ),
    ),
    ...CHART_IDS.map((id) => page(lang, `/present/${id}`, 'present', id)),
  ]);
}

import type { FigureModel } from '../../src/figure/model';
import type { Language } from '../../src/i18n/languages';
import { readText } from './data';

/** The languages the charts are translated into, besides English. */
export const OTHER_LANGUAGES = ['ru', 'kk', 'zh'] as const;

/** The datasets' words in `lang`, as the app loads them. */
export function dataTextsFor(lang: Language): Record<string, string> {
  if (lang === 'en') return {};
  return JSON.parse(readText(`src/i18n/data/${lang}.json`)) as Record<string, string>;
}

export const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
export const HAN = /\p{Script=Han}/u;

/** The words of the frame and table every chart has: title, subtitle, legend, table, summary. */
export function frameWords(fig: FigureModel<unknown>): string[] {
  return [
    fig.text.title,
    fig.text.subtitle,
    ...fig.text.legend.map((l) => l.label),
    fig.table.caption,
    ...fig.table.columns.map((c) => c.label),
    fig.summary,
  ];
}

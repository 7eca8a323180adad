import { cutAtWordClean, lowerFirst, stripStop, type MilestonesText } from './text';

const ruPlural = new Intl.PluralRules('ru');

/** `1 событие`, `2 события`, `5 событий`: the Russian noun form that agrees with `n`. */
function ru3(n: number, one: string, few: string, many: string): string {
  switch (ruPlural.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    default:
      return many;
  }
}

export const ru: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${count} ${ru3(count, 'веха', 'вехи', 'вех')} с ${firstYear} года, из них ${recent} — в ${fromYear}–${toYear} годах`,
  subtitle:
    'Датированные события в отношениях Казахстана и Китая по темам. События, для которых известны только год или месяц, отмечены в середине года или месяца.',
  source: (publishers) =>
    `${publishers.length > 1 ? 'Источники' : 'Источник'}: ${publishers.join('; ')}.`,
  figure: (label, value) => `${label}: ${value}`,
  figures: (items) => items.join('; '),
  markLabel: (date, title, category, figures, source) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Источник: ${source}.`,
  plotLabel: cutAtWordClean,
  columns: { date: 'Дата', category: 'Тема', event: 'Событие', source: 'Источник' },
  eventWithFigures: (title, figures) => `${title} (${figures})`,
  caption: (firstYear, lastYear) =>
    `Ключевые события в отношениях Казахстана и Китая в ${firstYear}–${lastYear} годах`,
  supports: (date) => `событие (${date})`,
  summaryEmpty: 'Событий нет.',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `В хронологии ${count} ${ru3(count, 'датированное событие', 'датированных события', 'датированных событий')}: первое — «${stripStop(fromTitle)}» (${fromDate}), последнее — «${stripStop(toTitle)}» (${toDate}). По темам: ${themes.map((th) => `${lowerFirst(th.label)} — ${th.count}`).join(', ')}.`,
  summaryHighlight: (date, title) => `Особо выделено событие ${date}: «${stripStop(title)}».`,
  summaryPlacement:
    'События, для которых известны только год или месяц, отмечены в середине года или месяца.',
};

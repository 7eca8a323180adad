import { ruPlural } from '../../i18n/russianPlural';
import { lowerFirst, stripStop, type MilestonesText } from './text';

export const ru: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${count} ${ruPlural(count, 'веха', 'вехи', 'вех')} с ${firstYear} года, из них ${recent} — в ${fromYear}–${toYear} годах`,
  subtitle:
    'Датированные события в отношениях Казахстана и Китая: по строке на событие в порядке времени, по линии на тему. Строки идут с равным шагом, долгие перерывы отмечены.',
  source: (publishers) =>
    `${publishers.length > 1 ? 'Источники' : 'Источник'}: ${publishers.join('; ')}.`,
  figure: (label, value) => `${label}: ${value}`,
  figures: (items) => items.join('; '),
  markLabel: (date, title, category, figures, source) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Источник: ${source}.`,
  gap: (years) => `+${years} ${ruPlural(years, 'год', 'года', 'лет')}`,
  columns: { date: 'Дата', category: 'Тема', event: 'Событие', source: 'Источник' },
  eventWithFigures: (title, figures) => `${title} (${figures})`,
  caption: (firstYear, lastYear) =>
    `Ключевые события в отношениях Казахстана и Китая в ${firstYear}–${lastYear} годах`,
  supports: (date) => `событие (${date})`,
  summaryEmpty: 'Событий нет.',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `В хронологии ${count} ${ruPlural(count, 'датированное событие', 'датированных события', 'датированных событий')}: первое — «${stripStop(fromTitle)}» (${fromDate}), последнее — «${stripStop(toTitle)}» (${toDate}). По темам: ${themes.map((th) => `${lowerFirst(th.label)} — ${th.count}`).join(', ')}.`,
  summaryHighlight: (date, title) => `Особо выделено событие ${date}: «${stripStop(title)}».`,
  summaryPlacement:
    'Каждое событие — отдельная строка в порядке времени; перерывы в три года и более отмечены.',
};

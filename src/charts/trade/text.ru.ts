import { formatPartialDate } from '../../i18n/format';
import { dateParts, type TradeText } from './text';

const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** `от 16 июня 2025 г.`, `декабря 2023 г.`, `2025 г.`: a date after «статья». */
function ruArticleDate(date: string): string {
  const { y, m, d } = dateParts(date);
  const month = m === undefined ? undefined : RU_MONTHS_GENITIVE[m - 1];
  if (month === undefined) return `${y} г.`;
  if (d === undefined) return `${month} ${y} г.`;
  return `от ${formatPartialDate(date, 'ru')}`;
}

export const ru: TradeText = {
  title: (year, record) => `Товарооборот Казахстана и Китая в ${year} году составил ${record}`,
  subtitle: (unit) =>
    `Товарооборот, ${unit}, по данным каждой из сторон. Показатели таможни КНР выше данных статистики Казахстана, поэтому два ряда показаны раздельно и никогда не объединяются. Годы без данных из источников оставлены пустыми.`,
  legendRecord: 'Рекорд, по данным статьи',
  source: (publishers, record) =>
    `${publishers.length === 1 ? 'Источник' : 'Источники'}: ${publishers.join('; ')}. Рекорд: ${record}.`,
  recordArticle: (date) =>
    date === null
      ? 'статья без даты со ссылкой на Акорду'
      : `статья ${ruArticleDate(date)} со ссылкой на Акорду`,
  gapLabel: (diff) => `разрыв ${diff}`,
  growth: {
    rise: (pct, year) => `+${pct} с ${year} г.`,
    fall: (pct, year) => `−${pct} с ${year} г.`,
    unchanged: (year) => `без изменений с ${year} г.`,
  },
  headlineLabel: (value) => `Рекорд ${value}`,
  markLabel: (series, year, value, source) => `${series}, ${year}: ${value}. Источник: ${source}.`,
  tooltipHeading: (series, year) => `${series}, ${year}`,
  roundedNote: 'Округлённое значение («почти»)',
  otherReport: (value, source) => `Другой источник приводит ${value} (${source})`,
  otherReportRow: (series) => `${series}, другой источник`,
  recordMarkLabel: (year, value, source) =>
    `Рекорд ${year} года: ${value}, по формулировке статьи. Источник: ${source}.`,
  recordHeading: (year) => `Рекорд ${year} года`,
  columns: {
    year: 'Год',
    series: 'Ряд данных',
    value: (unit) => `Товарооборот (${unit})`,
    source: 'Источник',
  },
  recordRow: 'Рекорд, по данным статьи (округлённо)',
  caption: (unit) =>
    `Товарооборот Казахстана и Китая по годам, ${unit}, по данным каждой из сторон`,
  supports: (year) => `рекорд ${year} года`,
  reporter: { China: 'Китая', Kazakhstan: 'Казахстана' },
  change: {
    up: 'рост',
    unchanged: 'без изменений',
    rise: (pct) => `рост на ${pct}`,
    fall: (pct) => `снижение на ${pct}`,
  },
  summary: {
    only: (series, value, year) =>
      `${series}: ${value} за ${year} год — единственный год, за который есть данные.`,
    span: (series, last, lastYear, change, first, firstYear) =>
      `${series}: ${last} в ${lastYear} году — ${change} по сравнению с ${first} в ${firstYear} году, первом году, за который есть данные.`,
    gap: (year, higher, lower, diff) =>
      `В ${year} году — последнем, за который есть данные обеих сторон, — показатель ${higher} был на ${diff} выше, чем у ${lower}; два ряда приводятся раздельно и никогда не объединяются.`,
    article: (date, year, record) =>
      `${date === null ? 'Согласно статье' : `Согласно статье ${ruArticleDate(date)}`}, в ${year} году товарооборот составил ${record}.`,
    gaps: 'Годы без данных из источников оставлены пустыми.',
    join: ' ',
  },
};

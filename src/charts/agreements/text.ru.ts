import { ruPlural } from '../../i18n/russianPlural';
import { formatNumber } from '../../i18n/format';
import { lowerLabel, type AgreementsText } from './text';

const ruN = (n: number) => formatNumber(n, 0, 'ru');
const ruDocs = (n: number) => `${ruN(n)} ${ruPlural(n, 'документ', 'документа', 'документов')}`;

/**
 * A level's label (`Межправительственные`, plural, as the data has it) as an adjective agreeing
 * with «уровень»: `межправительственный` or, after «на», `межправительственном`.
 */
function ruLevel(label: string, form: 'nominative' | 'prepositional'): string | undefined {
  const word = lowerLabel(label, 'ru');
  const match = /^(.*)(ые|ие)$/.exec(word);
  if (!match) return undefined;
  const [, stem = '', ending] = match;
  if (form === 'nominative') return stem + (ending === 'ые' ? 'ый' : 'ий');
  return stem + (ending === 'ые' ? 'ом' : 'ем');
}
const ruAtLevel = (label: string) => {
  const adjective = ruLevel(label, 'prepositional');
  return adjective ? `на ${adjective} уровне` : `на уровне «${label}»`;
};
const ruLevelName = (label: string) => {
  const adjective = ruLevel(label, 'nominative');
  return adjective ? `${adjective} уровень` : `уровень «${label}»`;
};

export const ru: AgreementsText = {
  title: (documents, date, sectors) =>
    `Казахстан и Китай ${date} подписали ${ruDocs(documents)} в ${ruN(sectors)} ${ruPlural(sectors, 'сфере', 'сферах', 'сферах')}`,
  subtitle:
    'Каждый квадрат — один документ, межправительственный или межведомственный. Сферы, которые охватывают документы, перечислены без цифр: сколько документов приходится на каждую, не публиковалось.',
  legend: {
    named: 'Названы в статье',
    other: 'Не перечислены поименно',
  },
  source: (date, publishers) =>
    `Источник: статья от ${date} со ссылкой на Акорду${publishers.map((p) => `; ${p}`).join('')}. Группировка сфер по темам: данный дашборд.`,
  plot: {
    documents: (n) => ruDocs(n),
    levelsSplit: (levels) => `${levels}: распределение по уровням не публиковалось.`,
    namedHeading: 'Названы поименно (межправительственный уровень):',
    bullet: (title) => `• ${title}`,
    sectorsHeading: (sectors, themes) =>
      `${ruPlural(sectors, 'Названа', 'Названы', 'Названы')} ${ruN(sectors)} ${ruPlural(sectors, 'сфера', 'сферы', 'сфер')} в ${ruN(themes)} ${ruPlural(themes, 'теме', 'темах', 'темах')}`,
  },
  marks: {
    namedLabel: (title, level, source) =>
      `${title}: документ назван в статье, подписан ${ruAtLevel(level)}. Источник: ${source}.`,
    signedAt: (level) => `Уровень подписания: ${ruLevel(level, 'nominative') ?? level}`,
    totalLabel: (n, date, source) =>
      `${date} ${ruPlural(n, 'подписан', 'подписаны', 'подписаны')} ${ruDocs(n)}, межправительственные и межведомственные. Источник: ${source}.`,
    totalHeading: (date) => `Подписанные документы, ${date}`,
    sectorLabel: (sector, theme) =>
      `Сфера: ${sector} (${theme}). Названа в статье; число документов не публиковалось.`,
    sectorTheme: (theme) => `Тема: ${theme}`,
    sector: 'Сфера',
    sectorNote: 'Сфера названа в статье; сколько документов к ней относится, не публиковалось.',
  },
  table: {
    caption: (date) => `Документы, подписанные ${date}: уровни, сферы и названные соглашения`,
    columns: {
      item: 'Позиция',
      group: 'Группа',
      documents: 'Документы',
      source: 'Источник',
    },
    allDocuments: 'Все подписанные документы',
    level: 'Уровень',
    notPublished: 'не публиковалось',
    named: (level) => `Названные в статье, ${ruLevelName(level)}`,
  },
  summary: {
    signed: (date, city, n, levels) =>
      `${date} в городе ${city} Казахстан и Китай подписали ${ruDocs(n)}: ${levels}.`,
    sectors: (n, list) =>
      `Документы охватывают ${ruN(n)} ${ruPlural(n, 'сферу, названную', 'сферы, названные', 'сфер, названных')} в статье: ${list}.`,
    group: (theme, sectors) => `${theme} (${sectors})`,
    themes: (n, list) =>
      `Сферы объединены в ${ruN(n)} ${ruPlural(n, 'тему', 'темы', 'тем')}: ${list}.`,
    namedItem: (title) => title,
    named: (n, list) =>
      `Поименно ${ruPlural(n, 'назван', 'названы', 'названы')} ${ruDocs(n)} межправительственного уровня: ${list}.`,
    undisclosed:
      'Распределение документов по уровням и сферам не публиковалось, поэтому цифры по ним не приводятся.',
  },
};

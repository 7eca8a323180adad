import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';
import { listJoin } from '../../lib/format';

/** A theme and how many events it holds, for the summary. */
export interface ThemeCount {
  label: string;
  count: number;
}

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

/** A theme's name inside running text: `Торговля и транспорт` → `торговля и транспорт`. */
function lowerFirst(s: string): string {
  const [first = '', second = ''] = s;
  // Leave acronyms and names that are all capitals (АЭС, CNNC) as they are.
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return s;
  return first.toLowerCase() + s.slice(first.length);
}

function cutAtWord(title: string): string {
  return title.length > 46 ? `${title.slice(0, 44).replace(/\s+\S*$/, '')}…` : title;
}

/** The same cut, without a stray `;` or `,` left before the ellipsis. */
function cutAtWordClean(title: string): string {
  return cutAtWord(title).replace(/[;:,]…$/, '…');
}

const stripStop = (s: string) => s.replace(/[.。]$/, '');

export const en = {
  title: (count: number, firstYear: number, recent: number, fromYear: number, toYear: number) =>
    `${count} milestones since ${firstYear}, ${recent} of them in ${fromYear}–${toYear}`,
  subtitle: `Dated events in Kazakhstan–China relations, by theme. Events known only to the year or month sit mid-year or mid-month.`,
  source: (publishers: readonly string[]) => `Source: ${publishers.join('; ')}.`,
  /** One figure of an event: `Chinese tourists in 2024: 655,000`. */
  figure: (label: string, value: string) => `${label}: ${value}`,
  figures: (items: readonly string[]) => items.join('; '),
  markLabel: (date: string, title: string, category: string, figures: string, source: string) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Source: ${source}.`,
  /** An event title as written on the plot: a long one cut at a word, with an ellipsis. */
  plotLabel: cutAtWord,
  columns: { date: 'Date', category: 'Theme', event: 'Event', source: 'Source' },
  eventWithFigures: (title: string, figures: string) => `${title} (${figures})`,
  caption: (firstYear: number, lastYear: number) =>
    `Milestones of Kazakhstan–China relations, ${firstYear}–${lastYear}`,
  supports: (date: string) => `event of ${date}`,
  summaryEmpty: 'No milestones.',
  summarySpan: (
    count: number,
    fromDate: string,
    fromTitle: string,
    toDate: string,
    toTitle: string,
    themes: readonly ThemeCount[],
  ) =>
    `${count} dated milestones from ${fromDate} (${fromTitle.toLowerCase()}) to ${toDate} (${toTitle.toLowerCase()}): ${listJoin(themes.map((th) => `${th.count} in ${th.label.toLowerCase()}`))}.`,
  summaryHighlight: (date: string, title: string) => `Highlighted: ${date}, ${stripStop(title)}.`,
  summaryPlacement: `Events dated only to a year or a month are placed mid-year or mid-month.`,
};

export type MilestonesText = TextPack<typeof en>;

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

export const kk: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${firstYear} жылдан бері ${count} маңызды оқиға, оның ішінде ${fromYear}–${toYear} жылдары — ${recent}`,
  subtitle:
    'Қазақстан мен Қытай қатынастарындағы күні белгілі оқиғалар, тақырыптар бойынша. Тек жылы немесе айы белгілі оқиғалар жылдың немесе айдың ортасына қойылған.',
  source: (publishers) =>
    `${publishers.length > 1 ? 'Дереккөздер' : 'Дереккөз'}: ${publishers.join('; ')}.`,
  figure: (label, value) => `${label}: ${value}`,
  figures: (items) => items.join('; '),
  markLabel: (date, title, category, figures, source) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Дереккөз: ${source}.`,
  plotLabel: cutAtWordClean,
  columns: { date: 'Күні', category: 'Тақырып', event: 'Оқиға', source: 'Дереккөз' },
  eventWithFigures: (title, figures) => `${title} (${figures})`,
  caption: (firstYear, lastYear) =>
    `Қазақстан мен Қытай қатынастарының маңызды кезеңдері, ${firstYear}–${lastYear} жылдар`,
  supports: (date) => `оқиға (${date})`,
  summaryEmpty: 'Оқиғалар жоқ.',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `Хронологияда ${count} оқиға бар: алғашқысы — «${stripStop(fromTitle)}» (${fromDate}), соңғысы — «${stripStop(toTitle)}» (${toDate}). Тақырыптар бойынша: ${themes.map((th) => `${lowerFirst(th.label)} — ${th.count}`).join(', ')}.`,
  summaryHighlight: (date, title) => `Ерекше белгіленген оқиға, ${date}: «${stripStop(title)}».`,
  summaryPlacement: 'Тек жылы немесе айы белгілі оқиғалар жылдың немесе айдың ортасына қойылған.',
};

export const zh: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${firstYear}年以来${count}个重要节点，其中${recent}个发生在${fromYear}—${toYear}年`,
  subtitle: '哈中关系大事记，按主题分列。仅知年份或月份的事件标注在该年或该月的中间位置。',
  source: (publishers) => `来源：${publishers.join('；')}。`,
  figure: (label, value) => `${label}：${value}`,
  figures: (items) => items.join('；'),
  markLabel: (date, title, category, figures, source) =>
    `${date}：${title}（${category}）${figures ? `。${figures}` : ''}。来源：${source}。`,
  // No spaces to cut at, and each character is about twice as wide as a Latin letter.
  plotLabel: (title) => (title.length > 24 ? `${title.slice(0, 22)}…` : title),
  columns: { date: '日期', category: '主题', event: '事件', source: '来源' },
  eventWithFigures: (title, figures) => `${title}（${figures}）`,
  caption: (firstYear, lastYear) => `${firstYear}—${lastYear}年哈中关系大事记`,
  supports: (date) => `${date}事件`,
  summaryEmpty: '暂无事件。',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `时间线共收录${count}个事件，最早为“${stripStop(fromTitle)}”（${fromDate}），最近为“${stripStop(toTitle)}”（${toDate}）。按主题分：${themes.map((th) => `${th.label}${th.count}个`).join('、')}。`,
  summaryHighlight: (date, title) => `重点事件：${date}，${stripStop(title)}。`,
  summaryPlacement: '仅知年份或月份的事件，标注在该年或该月的中间位置。',
};

export const TEXT: Record<Language, MilestonesText> = { en, ru, kk, zh };

import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';
import { formatPartialDate } from '../../lib/format';

/**
 * Every word the trade chart writes, in each language. Values arrive formatted (money, percent,
 * numbers) except dates, which each language puts into the case its sentence needs. Series
 * labels, the unit and the record's label come from the data, already translated.
 */

type Reporter = 'China' | 'Kazakhstan';

function dateParts(date: string): { y: string; m?: number; d?: number } {
  const [y = date, m, d] = date.split('-');
  return {
    y,
    ...(m === undefined ? {} : { m: Number(m) }),
    ...(d === undefined ? {} : { d: Number(d) }),
  };
}

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

const KK_MONTHS_ATTRIBUTIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

/** `2025 жылғы 16 маусымдағы`, `2023 жылғы желтоқсандағы`, `2025 жылғы`: a date before «мақала». */
function kkArticleDate(date: string): string {
  const { y, m, d } = dateParts(date);
  const month = m === undefined ? undefined : KK_MONTHS_ATTRIBUTIVE[m - 1];
  if (month === undefined) return `${y} жылғы`;
  return `${y} жылғы ${d === undefined ? '' : `${String(d)} `}${month}`;
}

export const en = {
  title: (year: number, record: string) =>
    `Trade between Kazakhstan and China reached ${record} in ${year}`,
  subtitle: (unit: string) =>
    `Goods trade in ${unit}, as each side reports it. China's customs figures run higher than Kazakhstan's statistics, so the two series are shown apart and never combined. Years with no sourced figure are left blank.`,
  legendRecord: 'Record, per the article',
  source: (publishers: readonly string[], record: string) =>
    `Source: ${publishers.join('; ')}. Record: ${record}.`,
  /** The record's source when it is the article itself; `date` is ISO, or null when unknown. */
  recordArticle: (date: string | null) =>
    `article of ${date === null ? 'undated' : formatPartialDate(date)}, citing Akorda`,
  /** The connector between the two series in their latest common year. */
  gapLabel: (diff: string) => `${diff} gap`,
  /** Under the first series' end label. */
  growth: {
    rise: (pct: string, year: number) => `+${pct} since ${year}`,
    fall: (pct: string, year: number) => `−${pct} since ${year}`,
    unchanged: (year: number) => `unchanged since ${year}`,
  },
  headlineLabel: (value: string) => `Record ${value}`,
  markLabel: (series: string, year: number, value: string, source: string) =>
    `${series}, ${year}: ${value}. Source: ${source}.`,
  tooltipHeading: (series: string, year: number) => `${series}, ${year}`,
  roundedNote: 'Rounded figure ("nearly")',
  recordMarkLabel: (year: number, value: string, source: string) =>
    `Record in ${year}: ${value}, as the article puts it. Source: ${source}.`,
  recordHeading: (year: number) => `Record, ${year}`,
  columns: {
    year: 'Year',
    series: 'Series',
    value: (unit: string) => `Trade (${unit})`,
    source: 'Source',
  },
  recordRow: 'Record, per the article (rounded)',
  caption: (unit: string) => `Kazakhstan–China trade by year, ${unit}, as each side reports it`,
  /** What the article's quote supports. */
  supports: (year: number) => `${year} record`,
  /** A reporter as the summary's comparison names it (in Russian and Kazakh, the genitive). */
  reporter: { China: 'China', Kazakhstan: 'Kazakhstan' } satisfies Record<Reporter, string>,
  /** How the series' change from its earliest year reads in the summary. */
  change: {
    up: 'up',
    unchanged: 'unchanged',
    rise: (pct: string) => `up ${pct}`,
    fall: (pct: string) => `down ${pct}`,
  },
  summary: {
    only: (series: string, value: string, year: number) =>
      `${series} gives ${value} for ${year}, its only year with a figure.`,
    span: (
      series: string,
      last: string,
      lastYear: number,
      change: string,
      first: string,
      firstYear: number,
    ) =>
      `${series} recorded ${last} in ${lastYear}, ${change} from ${first} in ${firstYear}, the earliest year with a figure.`,
    gap: (year: number, higher: string, lower: string, diff: string) =>
      `In ${year}, the latest year both report, ${higher}'s figure was ${diff} higher than ${lower}'s; the two series are kept apart and never combined.`,
    article: (date: string | null, year: number, record: string) =>
      `${date === null ? 'The article' : `The article of ${formatPartialDate(date)}`} calls ${year} trade ${record}.`,
    gaps: 'Years without a sourced figure are left as gaps.',
    /** Between sentences. */
    join: ' ',
  },
};

export type TradeText = TextPack<typeof en>;

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

export const kk: TradeText = {
  title: (year, record) =>
    `Қазақстан мен Қытай арасындағы тауар айналымы ${year} жылы ${record} болды`,
  subtitle: (unit) =>
    `Тауар айналымы, ${unit}, әр тараптың өз деректері бойынша. ҚХР кеденінің көрсеткіштері Қазақстан статистикасының деректерінен жоғары, сондықтан екі қатар бөлек көрсетіледі және ешқашан біріктірілмейді. Дереккөзбен расталған деректер жоқ жылдар бос қалдырылды.`,
  legendRecord: 'Рекорд, мақала бойынша',
  source: (publishers, record) =>
    `${publishers.length === 1 ? 'Дереккөз' : 'Дереккөздер'}: ${publishers.join('; ')}. Рекорд: ${record}.`,
  recordArticle: (date) =>
    date === null
      ? 'Ақордаға сілтеме жасаған мақала (күні көрсетілмеген)'
      : `Ақордаға сілтеме жасаған ${kkArticleDate(date)} мақала`,
  gapLabel: (diff) => `айырма ${diff}`,
  growth: {
    rise: (pct, year) => `${year} жылдан бері +${pct}`,
    fall: (pct, year) => `${year} жылдан бері −${pct}`,
    unchanged: (year) => `${year} жылдан бері өзгеріссіз`,
  },
  headlineLabel: (value) => `Рекорд ${value}`,
  markLabel: (series, year, value, source) => `${series}, ${year}: ${value}. Дереккөз: ${source}.`,
  tooltipHeading: (series, year) => `${series}, ${year}`,
  roundedNote: 'Дөңгелектенген көрсеткіш («шамамен»)',
  recordMarkLabel: (year, value, source) =>
    `${year} жылғы рекорд: ${value}, мақаладағы тұжырым бойынша. Дереккөз: ${source}.`,
  recordHeading: (year) => `${year} жылғы рекорд`,
  columns: {
    year: 'Жыл',
    series: 'Деректер қатары',
    value: (unit) => `Тауар айналымы (${unit})`,
    source: 'Дереккөз',
  },
  recordRow: 'Рекорд, мақала бойынша (дөңгелектенген)',
  caption: (unit) =>
    `Қазақстан мен Қытайдың жылдық тауар айналымы, ${unit}, әр тараптың өз деректері бойынша`,
  supports: (year) => `${year} жылғы рекорд`,
  reporter: { China: 'Қытайдың', Kazakhstan: 'Қазақстанның' },
  change: {
    up: 'өсім',
    unchanged: 'өзгеріс жоқ',
    rise: (pct) => `${pct} өсім`,
    fall: (pct) => `${pct} төмендеу`,
  },
  summary: {
    only: (series, value, year) =>
      `${series}: ${year} жылы — ${value}; бұл деректер бар жалғыз жыл.`,
    span: (series, last, lastYear, change, first, firstYear) =>
      `${series}: ${lastYear} жылы — ${last}. Деректер бар ең ерте жыл — ${firstYear} жыл (${first}), онымен салыстырғанда ${change}.`,
    gap: (year, higher, lower, diff) =>
      `${year} жылы — екі тарап та дерек берген соңғы жылы — ${higher} көрсеткіші ${lower} көрсеткішінен жоғары болды, айырма — ${diff}; екі қатар бөлек беріледі және ешқашан біріктірілмейді.`,
    article: (date, year, record) =>
      `${date === null ? 'Мақалада' : `${kkArticleDate(date)} мақалада`} ${year} жылғы тауар айналымы ${record} деп көрсетілген.`,
    gaps: 'Дереккөзбен расталған деректер жоқ жылдар бос қалдырылды.',
    join: ' ',
  },
};

export const zh: TradeText = {
  title: (year, record) => `${year}年中哈贸易额达到${record}`,
  subtitle: (unit) =>
    `货物贸易额（${unit}），按双方各自公布的数据列示。中国海关数据高于哈萨克斯坦统计数据，因此两组数据分开显示，从不合并。没有来源数据的年份留空。`,
  legendRecord: '纪录（据报道）',
  source: (publishers, record) => `来源：${publishers.join('；')}。纪录：${record}。`,
  recordArticle: (date) =>
    date === null
      ? '日期不详的报道（援引阿克奥尔达）'
      : `${formatPartialDate(date, 'zh')}报道（援引阿克奥尔达）`,
  gapLabel: (diff) => `相差${diff}`,
  growth: {
    rise: (pct, year) => `较${year}年增长${pct}`,
    fall: (pct, year) => `较${year}年下降${pct}`,
    unchanged: (year) => `与${year}年持平`,
  },
  headlineLabel: (value) => `纪录：${value}`,
  markLabel: (series, year, value, source) => `${series}，${year}年：${value}。来源：${source}。`,
  tooltipHeading: (series, year) => `${series}，${year}年`,
  roundedNote: '约数（“近”）',
  recordMarkLabel: (year, value, source) =>
    `${year}年纪录：${value}（报道原文表述）。来源：${source}。`,
  recordHeading: (year) => `${year}年纪录`,
  columns: {
    year: '年份',
    series: '数据系列',
    value: (unit) => `贸易额（${unit}）`,
    source: '来源',
  },
  recordRow: '纪录（据报道，约数）',
  caption: (unit) => `中哈历年贸易额（${unit}），按双方各自公布的数据`,
  supports: (year) => `${year}年纪录`,
  reporter: { China: '中国', Kazakhstan: '哈萨克斯坦' },
  change: {
    up: '有所增长',
    unchanged: '持平',
    rise: (pct) => `增长${pct}`,
    fall: (pct) => `下降${pct}`,
  },
  summary: {
    only: (series, value, year) => `${series}仅有${year}年数据，为${value}。`,
    span: (series, last, lastYear, change, first, firstYear) =>
      `${series}数据显示，${lastYear}年为${last}，较有数据的最早年份${firstYear}年的${first}${change}。`,
    gap: (year, higher, lower, diff) =>
      `${year}年是双方均有数据的最近一年，当年${higher}的数据比${lower}高${diff}；两组数据分开列示，从不合并。`,
    article: (date, year, record) =>
      `${date === null ? '报道称' : `${formatPartialDate(date, 'zh')}的报道称`}，${year}年贸易额达到${record}。`,
    gaps: '没有来源数据的年份留空。',
    join: '',
  },
};

export const TEXT: Record<Language, TradeText> = { en, ru, kk, zh };

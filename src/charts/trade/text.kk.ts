import { dateParts, type TradeText } from './text';

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
  otherReport: (value, source) => `Басқа дереккөзде: ${value} (${source})`,
  otherReportRow: (series) => `${series}, басқа дереккөз`,
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

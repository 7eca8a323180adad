import { formatNumber } from '../../i18n/format';
import { lowerLabel, upperFirst, type AgreementsText } from './text';

const kkN = (n: number) => formatNumber(n, 0, 'kk');

export const kk: AgreementsText = {
  title: (documents, date, sectors) =>
    `Қазақстан мен Қытай ${date} күні ${kkN(sectors)} сала бойынша ${kkN(documents)} құжатқа қол қойды`,
  subtitle:
    'Әр шаршы — бір құжат, үкіметаралық немесе ведомствоаралық. Құжаттар қамтитын салалар санынсыз берілген: әр салаға қанша құжат тиесілі екені жарияланбаған.',
  legend: {
    named: 'Мақалада аталған',
    other: 'Жеке аталмаған',
  },
  source: (date, publishers) =>
    `Дереккөз: ${date} күнгі мақала, Ақордаға сілтеме жасалған${publishers.map((p) => `; ${p}`).join('')}. Салаларды тақырыптарға топтастырған: осы дашборд.`,
  plot: {
    documents: (n) => `${kkN(n)} құжат`,
    levelsSplit: (levels) => `${levels}: деңгейлер бойынша бөлінісі жарияланбаған.`,
    namedHeading: 'Жеке аталғандары (үкіметаралық деңгей):',
    bullet: (title) => `• ${title}`,
    sectorsHeading: (sectors, themes) =>
      `${kkN(sectors)} сала аталған, ${kkN(themes)} тақырыпқа топтастырылған`,
  },
  marks: {
    namedLabel: (title, level, source) =>
      `${title}: мақалада аталған, ${lowerLabel(level, 'kk')} деңгейде қол қойылған. Дереккөз: ${source}.`,
    signedAt: (level) => `${upperFirst(lowerLabel(level, 'kk'))} деңгейде қол қойылған`,
    totalLabel: (n, date, source) =>
      `${date} күні ${kkN(n)} құжатқа қол қойылды: үкіметаралық және ведомствоаралық. Дереккөз: ${source}.`,
    totalHeading: (date) => `Қол қойылған құжаттар, ${date}`,
    sectorLabel: (sector, theme) =>
      `Сала: ${sector} (${theme}). Мақалада аталған; құжаттар саны жарияланбаған.`,
    sectorTheme: (theme) => `Тақырып: ${theme}`,
    sector: 'Сала',
    sectorNote: 'Бұл сала мақалада аталған; оны қанша құжат қамтитыны жарияланбаған.',
  },
  table: {
    caption: (date) =>
      `${date} күні қол қойылған құжаттар: деңгейлер, салалар және аталған келісімдер`,
    columns: {
      item: 'Атауы',
      group: 'Топ',
      documents: 'Құжаттар',
      source: 'Дереккөз',
    },
    allDocuments: 'Қол қойылған барлық құжат',
    level: 'Деңгей',
    notPublished: 'жарияланбаған',
    named: (level) => `Мақалада аталған, ${lowerLabel(level, 'kk')} деңгей`,
  },
  summary: {
    signed: (date, city, n, levels) =>
      `${date} күні ${city} қаласында Қазақстан мен Қытай ${kkN(n)} ${levels} құжатқа қол қойды.`,
    sectors: (n, list) => `Мақалада құжаттар қамтитын ${kkN(n)} сала аталған: ${list}.`,
    group: (theme, sectors) => `${theme} (${sectors})`,
    themes: (n, list) => `Олар ${kkN(n)} тақырыпқа топтастырылған: ${list}.`,
    namedItem: (title) => title,
    named: (n, list) => `Үкіметаралық деңгейдегі ${kkN(n)} құжат атап көрсетілген: ${list}.`,
    undisclosed:
      'Құжаттардың деңгейлер мен салалар бойынша бөлінісі жарияланбаған, сондықтан олардың саны көрсетілмейді.',
  },
};

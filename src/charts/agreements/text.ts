import { countWord, formatNumber } from '../../lib/format';
import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';

/** `One`, `Twelve`: a count word at the start of an English sentence. */
const capitalWord = (n: number) => countWord(n).replace(/^./, (c) => c.toUpperCase());

/** The first letter in capitals (`межправительственные…` → `Межправительственные…`). */
export function upperFirst(s: string): string {
  return s.replace(/^./, (c) => c.toUpperCase());
}

/**
 * A data label inside running text. English lowers the whole label, as it always has; the other
 * languages lower only its first letter, and leave acronyms (`СМИ`) as they are.
 */
export function lowerLabel(label: string, lang: Language): string {
  if (lang === 'en') return label.toLowerCase();
  if (/^\p{Lu}\p{Lu}/u.test(label)) return label;
  return label.replace(/^./, (c) => c.toLowerCase());
}

/** The sentences of a paragraph: spaced, except in Chinese. */
export function joinSentences(sentences: readonly string[], lang: Language): string {
  return sentences.filter(Boolean).join(lang === 'zh' ? '' : ' ');
}

const ruRules = new Intl.PluralRules('ru-RU');
/** Russian agreement with a count: 1 документ, 2 документа, 5 документов (21 документ…). */
function ruForm(n: number, one: string, few: string, many: string): string {
  const form = ruRules.select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
}
const ruN = (n: number) => formatNumber(n, 0, 'ru');
const ruDocs = (n: number) => `${ruN(n)} ${ruForm(n, 'документ', 'документа', 'документов')}`;

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

const kkN = (n: number) => formatNumber(n, 0, 'kk');
const zhN = (n: number) => formatNumber(n, 0, 'zh');

export const en = {
  title: (documents: number, date: string, sectors: number) =>
    `Kazakhstan and China signed ${documents} documents on ${date}, across ${countWord(sectors)} sectors`,
  subtitle:
    'Each square is one document, intergovernmental or interdepartmental. The sectors they cover are listed without counts: how many documents each has was not published.',
  legend: {
    named: 'Named in the article',
    other: 'Not itemised',
  },
  /** `publishers`: the corroborating sources' publishers, as published. */
  source: (date: string, publishers: string[]) =>
    `Source: article of ${date}, citing Akorda${publishers.map((p) => `; ${p}`).join('')}. Themes grouping the sectors: this dashboard.`,
  plot: {
    documents: (n: number) => `${n} documents`,
    levelsSplit: (levels: string) => `${levels}: the split between the levels was not published.`,
    namedHeading: 'Named, at the intergovernmental level:',
    bullet: (title: string) => `• ${title}`,
    sectorsHeading: (sectors: number, themes: number) =>
      `${capitalWord(sectors)} sectors named, in ${countWord(themes)} themes`,
  },
  marks: {
    namedLabel: (title: string, level: string, source: string) =>
      `${title}: named in the article, signed at the ${level.toLowerCase()} level. Source: ${source}.`,
    signedAt: (level: string) => `Signed at the ${level.toLowerCase()} level`,
    totalLabel: (n: number, date: string, source: string) =>
      `${n} documents signed on ${date}, intergovernmental and interdepartmental. Source: ${source}.`,
    totalHeading: (date: string) => `Documents signed, ${date}`,
    sectorLabel: (sector: string, theme: string) =>
      `Sector: ${sector} (${theme}). Named in the article; number of documents not published.`,
    sectorTheme: (theme: string) => `Theme: ${theme}`,
    sector: 'Sector',
    sectorNote: 'The article names this sector; how many documents cover it was not published.',
  },
  table: {
    caption: (date: string) => `Documents signed on ${date}: levels, sectors and named agreements`,
    columns: {
      item: 'Item',
      group: 'Group',
      documents: 'Documents',
      source: 'Source',
    },
    allDocuments: 'All documents signed',
    level: 'Level',
    notPublished: 'not published',
    named: (level: string) => `Named, ${level.toLowerCase()}`,
  },
  summary: {
    signed: (date: string, city: string, n: number, levels: string) =>
      `On ${date} in ${city}, Kazakhstan and China signed ${n} ${levels} documents.`,
    sectors: (n: number, list: string) =>
      `The article names ${countWord(n)} sectors they cover: ${list}.`,
    group: (theme: string, sectors: string) => `${theme} (${sectors})`,
    themes: (n: number, list: string) => `Grouped into ${countWord(n)} themes: ${list}.`,
    namedItem: (title: string) => `the ${title}`,
    named: (n: number, list: string) =>
      `${capitalWord(n)} ${n === 1 ? 'is' : 'are'} named, at the intergovernmental level: ${list}.`,
    undisclosed:
      'How the documents divide between levels and sectors was not published, so no counts are shown for them.',
  },
};

export type AgreementsText = TextPack<typeof en>;

export const ru: AgreementsText = {
  title: (documents, date, sectors) =>
    `Казахстан и Китай ${date} подписали ${ruDocs(documents)} в ${ruN(sectors)} ${ruForm(sectors, 'сфере', 'сферах', 'сферах')}`,
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
      `${ruForm(sectors, 'Названа', 'Названы', 'Названы')} ${ruN(sectors)} ${ruForm(sectors, 'сфера', 'сферы', 'сфер')} в ${ruN(themes)} ${ruForm(themes, 'теме', 'темах', 'темах')}`,
  },
  marks: {
    namedLabel: (title, level, source) =>
      `${title}: документ назван в статье, подписан ${ruAtLevel(level)}. Источник: ${source}.`,
    signedAt: (level) => `Уровень подписания: ${ruLevel(level, 'nominative') ?? level}`,
    totalLabel: (n, date, source) =>
      `${date} ${ruForm(n, 'подписан', 'подписаны', 'подписаны')} ${ruDocs(n)}, межправительственные и межведомственные. Источник: ${source}.`,
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
      `Документы охватывают ${ruN(n)} ${ruForm(n, 'сферу, названную', 'сферы, названные', 'сфер, названных')} в статье: ${list}.`,
    group: (theme, sectors) => `${theme} (${sectors})`,
    themes: (n, list) =>
      `Сферы объединены в ${ruN(n)} ${ruForm(n, 'тему', 'темы', 'тем')}: ${list}.`,
    namedItem: (title) => title,
    named: (n, list) =>
      `Поименно ${ruForm(n, 'назван', 'названы', 'названы')} ${ruDocs(n)} межправительственного уровня: ${list}.`,
    undisclosed:
      'Распределение документов по уровням и сферам не публиковалось, поэтому цифры по ним не приводятся.',
  },
};

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

export const zh: AgreementsText = {
  title: (documents, date, sectors) =>
    `哈萨克斯坦与中国${date}签署${zhN(documents)}份文件，涉及${zhN(sectors)}个领域`,
  subtitle:
    '每个方块代表一份政府间或部门间文件。图中列出文件涉及的领域，但不标数量：各领域文件数量未予公布。',
  legend: {
    named: '报道点名提及',
    other: '未具体列出',
  },
  source: (date, publishers) =>
    `来源：${date}报道，援引阿克奥尔达${publishers.map((p) => `；${p}`).join('')}。领域的主题归类：本数据看板。`,
  plot: {
    documents: (n) => `${zhN(n)}份文件`,
    levelsSplit: (levels) => `${levels}：各级别文件数量未予公布。`,
    namedHeading: '点名提及（政府间层面）：',
    bullet: (title) => `• ${title}`,
    sectorsHeading: (sectors, themes) => `列出${zhN(sectors)}个领域，分属${zhN(themes)}个主题`,
  },
  marks: {
    namedLabel: (title, level, source) =>
      `${title}：报道中点名提及，在${level}层面签署。来源：${source}。`,
    signedAt: (level) => `在${level}层面签署`,
    totalLabel: (n, date, source) =>
      `${date}签署${zhN(n)}份文件，包括政府间和部门间文件。来源：${source}。`,
    totalHeading: (date) => `${date}签署的文件`,
    sectorLabel: (sector, theme) => `领域：${sector}（${theme}）。报道中列出；文件数量未予公布。`,
    sectorTheme: (theme) => `主题：${theme}`,
    sector: '领域',
    sectorNote: '报道提及这一领域；涉及该领域的文件数量未予公布。',
  },
  table: {
    caption: (date) => `${date}签署的文件：级别、领域及点名提及的协定`,
    columns: {
      item: '项目',
      group: '类别',
      documents: '文件数',
      source: '来源',
    },
    allDocuments: '签署文件总数',
    level: '级别',
    notPublished: '未公布',
    named: (level) => `点名提及，${level}`,
  },
  summary: {
    signed: (date, city, n, levels) =>
      `${date}，哈萨克斯坦和中国在${city}签署了${zhN(n)}份${levels}文件。`,
    sectors: (n, list) => `报道列出了这些文件涉及的${zhN(n)}个领域：${list}。`,
    group: (theme, sectors) => `${theme}（${sectors}）`,
    themes: (n, list) => `这些领域归入${zhN(n)}个主题：${list}。`,
    namedItem: (title) => `《${title}》`,
    named: (n, list) => `其中在政府间层面点名提及的有${zhN(n)}份：${list}。`,
    undisclosed: '文件在各级别和各领域之间如何分布未予公布，因此未显示相应数量。',
  },
};

export const TEXT: Record<Language, AgreementsText> = { en, ru, kk, zh };

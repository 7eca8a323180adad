import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';

/** A full stop after a sentence, unless it already ends in one (Russian dates end in «г.»). */
const period = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** `площадка АЭС` → unchanged, `Столицы` → `столицы`: lower case mid-sentence, acronyms kept. */
const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : `${s.charAt(0).toLocaleLowerCase()}${s.slice(1)}`;

const ruPlurals = new Intl.PluralRules('ru-RU');

/** The Russian word for `n` things: `1 место`, `2 места`, `11 мест`. */
function ru3(n: number, one: string, few: string, many: string): string {
  switch (ruPlurals.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return few;
  }
}

/** Every word the map's model shows a reader, in English: the original text of the figure. */
export const en = {
  title: (_n: number, count: string) =>
    `${count} places that tie Kazakhstan and China, from border crossings to classrooms`,
  subtitle:
    'Capitals, border crossings, the nuclear plant site and fuel plant, and centres of education and culture. Drag or use the buttons to pan and zoom.',
  /** The layers in the legend and the summary (the switches' labels live in index.ts). */
  layers: {
    capitals: 'Capitals and the visit city',
    crossings: 'Border crossings',
    nuclear: 'Nuclear plant site, fuel plant',
    education: 'Education and culture',
  },
  tradeLegend: 'Trade (line weight)',
  /** The country names written across the map. */
  countryLabels: { kz: 'KAZAKHSTAN', cn: 'CHINA' },
  source:
    'Boundaries: Natural Earth (de facto; some are disputed). Places: gazetteers, for placement only; each place’s sources under “About this data”.',
  sourceTrade: (series: string, source: string) => ` Trade: ${series}, ${source}.`,
  /** One source as a reader sees it: its publisher as published and its date. */
  sourceName: (publisher: string, date: string) => `${publisher}, ${date}`,
  undated: 'undated',
  unknownSource: 'unknown source',
  tradeLabel: (year: number, value: string) => `Trade ${year}: ${value}`,
  /** For a phone, where the full label would sit on the places. */
  tradeLabelShort: (year: number, value: string) => `${year}: ${value}`,
  /** What is at a place, with its date where the data give one. */
  feature: (label: string, date: string | undefined) =>
    date === undefined ? label : `${label} (${date})`,
  featureSeparator: '; ',
  placeMark: (name: string, features: string, source: string) =>
    `${name}: ${features}. Source: ${source}.`,
  tradeMark: (year: number, value: string, series: string, source: string) =>
    `Trade between the capitals' countries in ${year}: ${value} (${series}). Source: ${source}.`,
  tradeHeading: (year: number) => `Trade, ${year}`,
  tradeNote: (series: string) => `${series}; pick a year in the trade chart to change it`,
  caption: 'Places on the map and what ties them to the relationship',
  columns: { place: 'Place', country: 'Country', what: 'What is there', source: 'Source' },
  countries: { kz: 'Kazakhstan', cn: 'China' },
  /** What an article quote backs, in the citations (other languages keep the data's case: names). */
  supports: (place: string, feature: string) => `${place}: ${feature.toLowerCase()}`,
  summary: {
    places: (_n: number, count: string, layers: string) =>
      `A map of Kazakhstan and China with ${count} places that tie them: ${layers}.`,
    layer: (layer: string, places: string) => `${layer.toLowerCase()}: ${places}`,
    layerSeparator: '; ',
    trade: (value: string, year: number, series: string) =>
      `The line between Astana and Beijing is drawn with a weight that follows trade: ${value} in ${year} (${series}).`,
    boundaries: 'Boundaries from Natural Earth, which shows de facto borders; some are disputed.',
    sentenceSeparator: ' ',
  },
};

export type MapText = TextPack<typeof en>;

export const ru: MapText = {
  title: (n, count) =>
    `${count} ${ru3(n, 'место', 'места', 'мест')}, ${ru3(n, 'связывающее', 'связывающих', 'связывающих')} Казахстан и Китай, — от пограничных переходов до учебных аудиторий`,
  subtitle:
    'Столицы, пограничные переходы, площадка АЭС и завод ядерного топлива, центры образования и культуры. Чтобы перемещать и масштабировать карту, перетаскивайте её или пользуйтесь кнопками.',
  layers: {
    capitals: 'Столицы и город визита',
    crossings: 'Пограничные переходы',
    nuclear: 'Площадка АЭС, завод ядерного топлива',
    education: 'Образование и культура',
  },
  tradeLegend: 'Товарооборот (толщина линии)',
  countryLabels: { kz: 'КАЗАХСТАН', cn: 'КИТАЙ' },
  source:
    'Границы: Natural Earth (фактические; некоторые из них оспариваются). Места: географические справочники, только для размещения на карте; источники по каждому месту — в разделе «Об этих данных».',
  sourceTrade: (series, source) => ` Товарооборот: ${series}, ${period(source)}`,
  sourceName: (publisher, date) => `${publisher}, ${date}`,
  undated: 'без даты',
  unknownSource: 'источник не указан',
  tradeLabel: (year, value) => `Товарооборот в ${year} г.: ${value}`,
  tradeLabelShort: (year, value) => `${year} г.: ${value}`,
  feature: (label, date) => (date === undefined ? label : `${label} (${date})`),
  featureSeparator: '; ',
  placeMark: (name, features, source) => `${name}: ${features}. Источник: ${period(source)}`,
  tradeMark: (year, value, series, source) =>
    `Товарооборот между Казахстаном и Китаем в ${year} году: ${value} (${series}). Источник: ${period(source)}`,
  tradeHeading: (year) => `Товарооборот в ${year} году`,
  tradeNote: (series) => `${series}; чтобы выбрать другой год, отметьте его на графике «Торговля»`,
  caption: 'Места на карте и их роль в отношениях двух стран',
  columns: { place: 'Место', country: 'Страна', what: 'Что здесь находится', source: 'Источник' },
  countries: { kz: 'Казахстан', cn: 'Китай' },
  supports: (place, feature) => `${place}: ${feature}`,
  summary: {
    places: (n, count, layers) =>
      `На карте Казахстана и Китая ${ru3(n, 'отмечено', 'отмечены', 'отмечено')} ${count} ${ru3(n, 'место', 'места', 'мест')}, ${ru3(n, 'связывающее', 'связывающих', 'связывающих')} две страны: ${layers}.`,
    layer: (layer, places) => `${lowerFirst(layer)} — ${places}`,
    layerSeparator: '; ',
    trade: (value, year, series) =>
      `Толщина линии между Астаной и Пекином отражает объём товарооборота: ${value} в ${year} году (${series}).`,
    boundaries:
      'Границы нанесены по данным Natural Earth, где показаны фактические границы; некоторые из них оспариваются.',
    sentenceSeparator: ' ',
  },
};

export const kk: MapText = {
  title: (_n, count) =>
    `Қазақстан мен Қытайды байланыстыратын ${count} орын: шекара өткелдерінен оқу аудиторияларына дейін`,
  subtitle:
    'Астаналар, шекара өткелдері, АЭС алаңы мен ядролық отын зауыты, білім беру және мәдениет орталықтары. Картаны жылжыту және масштабтау үшін оны сүйреңіз немесе түймелерді пайдаланыңыз.',
  layers: {
    capitals: 'Астаналар және сапар қаласы',
    crossings: 'Шекара өткелдері',
    nuclear: 'АЭС алаңы, ядролық отын зауыты',
    education: 'Білім беру және мәдениет',
  },
  tradeLegend: 'Тауар айналымы (сызық жуандығы)',
  countryLabels: { kz: 'ҚАЗАҚСТАН', cn: 'ҚЫТАЙ' },
  source:
    'Шекаралар: Natural Earth (іс жүзіндегі шекаралар; кейбірі даулы). Орындар: географиялық анықтамалықтар, тек картаға орналастыру үшін; әр орынның дереккөздері — «Осы деректер туралы» бөлімінде.',
  sourceTrade: (series, source) => ` Тауар айналымы: ${series}, ${period(source)}`,
  sourceName: (publisher, date) => `${publisher}, ${date}`,
  undated: 'күні көрсетілмеген',
  unknownSource: 'дереккөзі белгісіз',
  tradeLabel: (year, value) => `${year} ж. тауар айналымы: ${value}`,
  tradeLabelShort: (year, value) => `${year} ж.: ${value}`,
  feature: (label, date) => (date === undefined ? label : `${label} (${date})`),
  featureSeparator: '; ',
  placeMark: (name, features, source) => `${name}: ${features}. Дереккөз: ${period(source)}`,
  tradeMark: (year, value, series, source) =>
    `${year} жылы Қазақстан мен Қытай арасындағы тауар айналымы: ${value} (${series}). Дереккөз: ${period(source)}`,
  tradeHeading: (year) => `${year} жылғы тауар айналымы`,
  tradeNote: (series) => `${series}; басқа жылды таңдау үшін оны «Сауда» графигінен белгілеңіз`,
  caption: 'Картадағы орындар және олардың екі ел қатынастарындағы рөлі',
  columns: { place: 'Орын', country: 'Ел', what: 'Мұнда не бар', source: 'Дереккөз' },
  countries: { kz: 'Қазақстан', cn: 'Қытай' },
  supports: (place, feature) => `${place}: ${feature}`,
  summary: {
    places: (_n, count, layers) =>
      `Қазақстан мен Қытай картасында екі елді байланыстыратын ${count} орын белгіленген: ${layers}.`,
    layer: (layer, places) => `${lowerFirst(layer)} — ${places}`,
    layerSeparator: '; ',
    trade: (value, year, series) =>
      `Астана мен Бейжің арасындағы сызықтың жуандығы тауар айналымының көлемін көрсетеді: ${year} жылы ${value} (${series}).`,
    boundaries:
      'Шекаралар Natural Earth деректері бойынша берілген, онда іс жүзіндегі шекаралар көрсетілген; кейбірі даулы.',
    sentenceSeparator: ' ',
  },
};

export const zh: MapText = {
  title: (_n, count) => `连接哈萨克斯坦与中国的${count}个地点：从边境口岸到课堂`,
  subtitle:
    '首都、边境口岸、核电站厂址和核燃料厂，以及教育与文化中心。拖动地图或使用按钮可平移和缩放。',
  layers: {
    capitals: '首都和访问城市',
    crossings: '边境口岸',
    nuclear: '核电站厂址、核燃料厂',
    education: '教育与文化',
  },
  tradeLegend: '贸易额（线条粗细）',
  countryLabels: { kz: '哈萨克斯坦', cn: '中国' },
  source:
    '边界：Natural Earth（实际边界，部分存在争议）。地点：地名录，仅用于标注位置；各地点的来源见“关于此数据”。',
  sourceTrade: (series, source) => `贸易额：${series}，${source}。`,
  sourceName: (publisher, date) => `${publisher}，${date}`,
  undated: '日期不详',
  unknownSource: '来源不详',
  tradeLabel: (year, value) => `${year}年贸易额：${value}`,
  tradeLabelShort: (year, value) => `${year}年：${value}`,
  feature: (label, date) => (date === undefined ? label : `${label}（${date}）`),
  featureSeparator: '；',
  placeMark: (name, features, source) => `${name}：${features}。来源：${source}。`,
  tradeMark: (year, value, series, source) =>
    `${year}年哈萨克斯坦与中国贸易额：${value}（${series}）。来源：${source}。`,
  tradeHeading: (year) => `${year}年贸易额`,
  tradeNote: (series) => `${series}；在“贸易”图表中选择年份即可更改`,
  caption: '地图上的地点及其与两国关系的联系',
  columns: { place: '地点', country: '国家', what: '简介', source: '来源' },
  countries: { kz: '哈萨克斯坦', cn: '中国' },
  supports: (place, feature) => `${place}：${feature}`,
  summary: {
    places: (_n, count, layers) =>
      `这幅哈萨克斯坦和中国地图标出了连接两国的${count}个地点：${layers}。`,
    layer: (layer, places) => `${layer}（${places}）`,
    layerSeparator: '；',
    trade: (value, year, series) =>
      `阿斯塔纳与北京之间连线的粗细反映贸易额：${year}年为${value}（${series}）。`,
    boundaries: '边界数据来自Natural Earth，标示的是实际边界，部分边界存在争议。',
    sentenceSeparator: '',
  },
};

export const TEXT: Record<Language, MapText> = { en, ru, kk, zh };

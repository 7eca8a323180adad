import { lowerFirst, period, type MapText } from './text';

export const kk: MapText = {
  title: (_n, count) =>
    `Қазақстан мен Қытайды байланыстыратын ${count} орын: шекара өткелдерінен оқу аудиторияларына дейін`,
  subtitle:
    'Астаналар, шекара өткелдері, АЭС алаңы мен ядролық отын зауыты, білім беру және мәдениет орталықтары.',
  tradeMissing: 'Сауда сызығы көрсетілмеген: оның деректерін оқу мүмкін болмады.',
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

import type { Messages } from './en';

/** Chart names arrive lower-cased for English prose; a quoted name keeps its capital. */
const title = (name: string) => name.charAt(0).toLocaleUpperCase('ru') + name.slice(1);

export const ru: Messages = {
  siteTitle: 'Казахстан — Китай: связи',
  skipToContent: 'Перейти к основному содержанию',
  navLabel: 'Сайт',
  navDashboard: 'Панель данных',
  navAbout: 'О проекте',
  language: 'Язык',
  theme: 'Тема',
  themeAuto: 'Авто',
  themeLight: 'Светлая',
  themeDark: 'Тёмная',
  lede: 'Торговля, соглашения, атомная энергетика и гуманитарные связи Казахстана и Китая — от переговоров в Астане в ходе визита Си Цзиньпина до установления дипломатических отношений. У каждой цифры указан источник.',
  footer:
    'Все цифры взяты из файлов данных, и у каждой указан источник: статья о визите Си Цзиньпина в Астану и открытые источники, приведённые к каждому графику.',
  selectionHint:
    'Выберите сектор, год или место на любом графике, чтобы выделить их на остальных графиках.',
  highlighting: 'Выделено',
  clearAll: 'Сбросить всё',
  clearOne: '(сбросить)',
  sectorChip: (name: string) => `Сектор: ${name}`,
  yearChip: (year: number) => `Год: ${String(year)}`,
  placeChip: (name: string) => `Место: ${name}`,
  chartViews: (chart: string) => `${chart}: вид`,
  viewChart: 'График',
  viewTable: 'Таблица',
  open: 'Открыть',
  openChartPage: (chart: string) => `страницу графика «${title(chart)}»`,
  loadingChart: (chart: string) => `Загрузка графика «${title(chart)}»…`,
  allCharts: '← Все графики',
  previousSlide: 'Предыдущий слайд',
  nextSlide: 'Следующий слайд',
  slideNumber: 'Слайд',
  fullScreen: 'Во весь экран',
  rotateHint: 'Поверните экран горизонтально, чтобы слайды стали крупнее.',
  chartNames: {
    trade: 'Торговля',
    agreements: 'Соглашения',
    nuclear: 'Атомная энергетика',
    map: 'Карта',
    milestones: 'Вехи',
  },
};

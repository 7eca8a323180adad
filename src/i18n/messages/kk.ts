import type { Messages } from './en';

/** Chart names arrive lower-cased for English prose; a quoted name keeps its capital. */
const title = (name: string) => name.charAt(0).toLocaleUpperCase('kk') + name.slice(1);

export const kk: Messages = {
  siteTitle: 'Қазақстан–Қытай байланыстары',
  skipToContent: 'Негізгі мазмұнға өту',
  navLabel: 'Сайт',
  navDashboard: 'Деректер тақтасы',
  navAbout: 'Жоба туралы',
  language: 'Тіл',
  theme: 'Түс режимі',
  themeAuto: 'Авто',
  themeLight: 'Жарық',
  themeDark: 'Қараңғы',
  lede: 'Қазақстан мен Қытай арасындағы сауда, келісімдер, атом энергетикасы және гуманитарлық байланыстар: Си Цзиньпиннің сапары кезіндегі Астанадағы келіссөздерден бастап дипломатиялық қатынастар орнатылған кезге дейін. Әрбір көрсеткіштің дереккөзі келтірілген.',
  footer:
    'Барлық көрсеткіш деректер файлдарынан алынған, әрқайсысының дереккөзі келтірілген: Си Цзиньпиннің Астанаға сапары туралы мақала және әр диаграммада көрсетілген ашық дереккөздер.',
  selectionHint:
    'Кез келген диаграммада сала, жыл не орын таңдаңыз — ол қалғандарында да бөлектеледі.',
  highlighting: 'Бөлектелген',
  clearAll: 'Бәрін тазалау',
  clearOne: '(тазалау)',
  sectorChip: (name: string) => `Сала: ${name}`,
  yearChip: (year: number) => `Жыл: ${String(year)}`,
  placeChip: (name: string) => `Орын: ${name}`,
  chartViews: (chart: string) => `${chart}: көрініс`,
  viewChart: 'Диаграмма',
  viewTable: 'Кесте',
  open: 'Ашу',
  openChartPage: (chart: string) => `«${title(chart)}» диаграммасының бетін`,
  loadingChart: (chart: string) => `«${title(chart)}» диаграммасы жүктелуде…`,
  allCharts: '← Барлық диаграммалар',
  previousSlide: 'Алдыңғы слайд',
  nextSlide: 'Келесі слайд',
  slideNumber: 'Слайд',
  fullScreen: 'Толық экран',
  rotateHint: 'Слайдтар үлкенірек көрінуі үшін экранды көлденең бұрыңыз.',
  chartNames: {
    trade: 'Сауда',
    agreements: 'Келісімдер',
    nuclear: 'Атом энергетикасы',
    map: 'Карта',
    milestones: 'Маңызды кезеңдер',
  },
};

import type { TextPack } from '../textPack';

/**
 * The interface's words in English, the source for every other language. Each other language is
 * typed `Messages`, so a missing key or a wrong parameter is a type error, never silent English.
 */
export const en = {
  siteTitle: 'Kazakhstan–China Ties',
  skipToContent: 'Skip to content',
  navLabel: 'Site',
  navDashboard: 'Dashboard',
  navAbout: 'About',
  language: 'Language',
  theme: 'Theme',
  themeAuto: 'Auto',
  themeLight: 'Light',
  themeDark: 'Dark',
  lede: 'Trade, agreements, nuclear energy and people-to-people links between Kazakhstan and China, from the Astana talks of Xi Jinping’s visit back to the start of diplomatic relations. Every figure names its source.',
  footer:
    'Every figure comes from the data files and names its source: the article on Xi Jinping’s visit to Astana, and the public sources cited with each chart.',
  selectionHint: 'Pick a sector, a year or a place in any chart to highlight it in the others.',
  highlighting: 'Highlighting',
  clearAll: 'Clear all',
  clearOne: '(clear)',
  sectorChip: (name: string) => `Sector: ${name}`,
  yearChip: (year: number) => `Year: ${String(year)}`,
  placeChip: (name: string) => `Place: ${name}`,
  chartViews: (chart: string) => `${chart}: view`,
  viewChart: 'Chart',
  viewTable: 'Table',
  open: 'Open',
  openChartPage: (chart: string) => `the ${chart} chart page`,
  loadingChart: (chart: string) => `Loading ${chart}…`,
  allCharts: '← All charts',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  slideNumber: 'Slide',
  fullScreen: 'Full screen',
  rotateHint: 'Turn the screen sideways for larger slides.',
  chartNames: {
    trade: 'Trade',
    agreements: 'Agreements',
    nuclear: 'Nuclear energy',
    map: 'Map',
    milestones: 'Milestones',
  },
};

export type Messages = TextPack<typeof en>;

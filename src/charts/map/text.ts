import type { TextPack } from '../../i18n/textPack';

/** A full stop after a sentence, unless it already ends in one (Russian dates end in «г.»). */
export const period = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** `площадка АЭС` → unchanged, `Столицы` → `столицы`: lower case mid-sentence, acronyms kept. */
export const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : `${s.charAt(0).toLocaleLowerCase()}${s.slice(1)}`;

/** Every word the map's model shows a reader, in English: the original text of the figure. */
export const en = {
  title: (_n: number, count: string) =>
    `${count} places that tie Kazakhstan and China, from border crossings to classrooms`,
  subtitle:
    'Capitals, border crossings, the nuclear plant site and fuel plant, and centres of education and culture.',
  /** Added to the subtitle when trade.json could not be read. */
  tradeMissing: 'The trade line is left out: its data could not be read.',
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

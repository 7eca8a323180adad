import type { TextPack } from '../../i18n/textPack';
import { formatNumber, formatPercent, listJoin } from '../../i18n/format';

/** A fuel-plant owner's share, as the summary names it. */
export interface OwnerShare {
  owner: string;
  percent: number;
}

export function ordinalWord(n: number): string {
  return ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}

/** Words a data phrase may start with that keep their capital letter: names, in every language. */
export const PROPER = [
  'China',
  'Chinese',
  'Kazakh',
  'Rosatom',
  'Russia',
  'Xi ',
  'Tokayev',
  'Ulba',
  'Ulken',
  'Beijing',
  'Astana',
  'Китай',
  'Казахстан',
  'Росси',
  'Токаев',
  'Си ',
  'Қытай',
  'Қазақстан',
  'Ресей',
  'Үкімет',
  'Тоқаев',
];

/** A data phrase continued inside a sentence: its first letter lower-cased unless a name. */
export function lowerFirst(s: string): string {
  if (PROPER.some((p) => s.startsWith(p))) return s;
  // The data's words are all in the Basic Multilingual Plane: one code unit a letter.
  const second = s.charAt(1);
  // Acronyms (АЭС, CNNC) keep their case.
  if (second !== second.toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const en = {
  china: 'China',
  title: (label: string, cnnc: number[]) =>
    `Kazakhstan plans ${label} nuclear power plants${
      cnnc.length > 0
        ? `, with China's CNNC in line for ${cnnc.length > 1 ? 'plants' : 'plant'} ${listJoin(cnnc.map(String))}`
        : ''
    }`,
  subtitle:
    'The planned plants as the range the president gave, who leads each, the steps since the referendum, and Kazakhstan’s uranium and nuclear fuel for China.',
  source: (date: string, publishers: string[]) =>
    `Source: article of ${date}, citing Akorda; ${publishers.join('; ')}.`,
  /** A mark's accessible label: what it shows, then its source. */
  sourced: (text: string, source: string) => `${text}. Source: ${source}.`,
  /** The summary's sentences, empty ones left out. */
  sentences: (sentences: string[]) => sentences.filter(Boolean).join(' '),
  quoted: (text: string) => `“${text}”`,
  yearRange: (from: number, to: number) => `${from}–${to}`,
  // Plants.
  plantsPlanned: 'Plants planned',
  plant: (ordinal: number) => `Plant ${ordinal}`,
  plantIfThree: (ordinal: number) => `Plant ${ordinal}, if three are built`,
  siteLine: (name: string) => `Site: ${name}`,
  capacityGw: (value: number) => `${formatNumber(value)} GW`,
  specs: (parts: string[]) => parts.join(', '),
  cost: (min: number, max: number) => `at least $${formatNumber(min)}–${formatNumber(max)} billion`,
  costLine: (cost: string) => `Cost: ${cost}`,
  completionLine: (years: string) => `Completion: ${years}`,
  leadFact: (lead: string, status: string) => `${lead}: ${status}`,
  siteFact: (name: string) => `site ${name}`,
  completionFact: (years: string) => `completion ${years}`,
  facts: (facts: string[]) => facts.join('; '),
  plantMark: (ordinal: number, facts: string) => `Plant ${ordinal}: ${facts}`,
  rangeValue: (min: number, max: number) => `${min}–${max}`,
  rangeMark: (label: string, min: number, max: number) =>
    `Plants planned: ${label}, that is ${min} to ${max}`,
  // Steps.
  steps: 'Steps',
  stepFigure: (label: string, value: string) => `${label}: ${value}`,
  stepMark: (when: string, label: string, figures: string[]) =>
    `${when}: ${label}${figures.length ? ` (${figures.join(', ')})` : ''}`,
  stepNote: (figures: string[]) => figures.join('; '),
  // Uranium and fuel.
  fuelHeading: 'Uranium and fuel for China',
  supplierMark: (quote: string) => `Tokayev: “${quote}”`,
  translation: (text: string) => `(translation: ${text})`,
  supplierHeading: 'Uranium and fuel',
  supplierValue: 'Kazakhstan supplies China',
  shareLabel: (year: number, approximate: boolean, percent: string) =>
    `World uranium mined in ${year}: Kazakhstan ${approximate ? 'about ' : ''}${percent}`,
  restOfWorld: 'rest of the world',
  shareMark: (year: number, approximate: boolean, percent: string) =>
    `Kazakhstan's share of world uranium mine output in ${year}: ${approximate ? 'about ' : ''}${percent}`,
  shareHeading: (year: number) => `World uranium output, ${year}`,
  shareValue: (approximate: boolean, percent: string) =>
    `${approximate ? '≈' : ''}${percent} from Kazakhstan`,
  ownersLabel: (plant: string, opened: string) => `${plant}, opened ${opened}: owners`,
  ownerPercent: (percent: number) => `${formatNumber(percent)}%`,
  ownerShare: (owner: string, percent: number) => `${owner} ${formatNumber(percent)}%`,
  ownersMark: (plant: string, shares: string[]) => `Owners of the ${plant}: ${shares.join(', ')}`,
  ownersHeading: 'Fuel plant owners',
  ownersValue: (shares: string[]) => shares.join('; '),
  ownerCountry: (owner: string, country: string) => `${owner} (${country})`,
  capacityFact: (tonnes: number) => `Capacity: ${formatNumber(tonnes)}\u00a0tU (tonnes of uranium)`,
  capacityHeading: 'Capacity',
  exportsFact: (destination: string) => `Its fuel assemblies go to ${destination}`,
  exportsHeading: 'Exports',
  deliveriesFact: (count: number, asOf: string) =>
    `${formatNumber(count)} deliveries to China by ${asOf}`,
  deliveriesHeading: 'Deliveries',
  // Table.
  caption: 'Nuclear power: plans, leads, steps, uranium and fuel',
  columns: { topic: 'Topic', item: 'Item', value: 'Value', source: 'Source' },
  topicPlan: 'Plan',
  itemPlantsToBuild: 'Plants to be built',
  planValue: (min: number, max: number, label: string) => `${min}–${max} (“${label}”)`,
  itemLead: 'Lead',
  itemSite: 'Site',
  itemReactors: 'Reactors',
  itemCapacity: 'Capacity',
  itemCost: 'Cost',
  itemCompletion: 'Completion',
  topicStep: 'Step',
  topicReferendum: 'Referendum',
  topicUranium: 'Uranium',
  itemWorldOutput: (year: number) => `World mine output, ${year}`,
  worldOutputValue: (percent: string) => `≈${percent} from Kazakhstan`,
  topicFuelPlant: 'Fuel plant',
  itemOwner: (owner: string) => `Owner: ${owner}`,
  capacityValue: (tonnes: number) => `${formatNumber(tonnes)}\u00a0tU`,
  itemDeliveries: (asOf: string) => `Deliveries to China by ${asOf}`,
  // What the article's quotes support.
  supportsRange: 'range of planned plants',
  supportsRole: (partner: string) => `role of ${partner}`,
  supportsFuel: 'uranium and fuel supply',
  // Summary.
  summaryPlan: (label: string, min: number, max: number) =>
    `Kazakhstan has decided to build ${label} nuclear power plants: between ${min} and ${max}.`,
  summaryPlant: (ordinal: number, lead: string, status: string, site: string | undefined) =>
    `the ${ordinalWord(ordinal)} plant: ${lead}, ${lowerFirst(status)}${site ? `, at ${site}` : ''}`,
  summaryLeads: (plants: string[]) => `Leads named so far: ${listJoin(plants)}.`,
  summarySteps: (first: string, firstWhen: string, last: string, lastWhen: string) =>
    `The steps run from ${lowerFirst(first)} (${firstWhen}) to ${lowerFirst(last)} (${lastWhen}).`,
  summaryFuel: (
    percent: number,
    year: number,
    plant: string,
    owners: OwnerShare[],
    destination: string,
  ) =>
    `Kazakhstan produced about ${formatPercent(percent, 0)} of the world's uranium in ${year}; the ${plant}, owned ${owners.map((s) => `${formatNumber(s.percent)}% by ${s.owner}`).join(' and ')}, sends its fuel assemblies to ${lowerFirst(destination)}.`,
};

export type NuclearText = TextPack<typeof en>;

/** Whether a country name, in the figure's language, is China. */
export function isChina(country: string, t: NuclearText): boolean {
  return country === t.china;
}

import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';
import { formatNumber, formatPercent, listJoin } from '../../lib/format';

/** A fuel-plant owner's share, as the summary names it. */
export interface OwnerShare {
  owner: string;
  percent: number;
}

function ordinalWord(n: number): string {
  return ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}

/** Russian plural form for a count: one, few, many. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru-RU').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}

/** Words a Russian or Kazakh phrase may start with that keep their capital letter. */
const PROPER = [
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
function lowerFirst(s: string): string {
  if (PROPER.some((p) => s.startsWith(p))) return s;
  // The data's words are all in the Basic Multilingual Plane: one code unit a letter.
  const second = s.charAt(1);
  // Acronyms (АЭС, CNNC) keep their case.
  if (second !== second.toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A Kazakh date in the locative (`2021 ж. 10 қарашада`, `2025 жылы`), by vowel harmony. */
function kkLocative(date: string): string {
  if (/\d$/.test(date)) return `${date} жылы`;
  const letters = date.toLowerCase().match(/\p{L}/gu) ?? [];
  const last = letters.at(-1) ?? '';
  const vowels = letters.filter((c) => 'аәеёиоөұүуыіэюя'.includes(c));
  const front = 'әеіөүи'.includes(vowels.at(-1) ?? 'а');
  const voiceless = 'кқпстфхчшщц'.includes(last);
  return `${date}${voiceless ? 'т' : 'д'}${front ? 'е' : 'а'}`;
}

/** The same as an attribute (`2025 ж. 16 маусымдағы`, `2024 ж. шілдедегі`, `2025 жылғы`). */
function kkAsOf(date: string): string {
  if (/\d$/.test(date)) return `${date} жылғы`;
  const loc = kkLocative(date);
  return `${loc}${loc.endsWith('е') ? 'гі' : 'ғы'}`;
}

const ruOrdinal = (n: number) =>
  ['нулевая', 'первая', 'вторая', 'третья', 'четвёртая', 'пятая'][n] ?? `${String(n)}-я`;
const kkOrdinal = (n: number) =>
  ['нөлінші', 'бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші'][n] ?? `${String(n)}-`;
const zhOrdinal = (n: number) => ['零', '一', '二', '三', '四', '五'][n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  capacityFact: (tonnes: number) => `Capacity: ${formatNumber(tonnes)} tonnes of uranium a year`,
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
  capacityValue: (tonnes: number) => `${formatNumber(tonnes)} tU a year`,
  itemDeliveries: (asOf: string) => `Deliveries to China by ${asOf}`,
  // What the article's quotes support.
  supportsRange: 'range of planned plants',
  supportsRole: (partner: string) => `role of ${partner}`,
  supportsFuel: 'uranium and fuel supply',
  // Summary.
  summaryPlan: (label: string, min: number, max: number) =>
    `Kazakhstan has decided to build ${label} nuclear power plants: between ${min} and ${max}.`,
  summaryPlant: (ordinal: number, lead: string, status: string, site: string | undefined) =>
    `the ${ordinalWord(ordinal)} plant: ${lead}, ${status.toLowerCase()}${site ? `, at ${site}` : ''}`,
  summaryLeads: (plants: string[]) => `Leads named so far: ${listJoin(plants)}.`,
  summarySteps: (first: string, firstWhen: string, last: string, lastWhen: string) =>
    `The steps run from ${first.toLowerCase()} (${firstWhen}) to ${last.toLowerCase()} (${lastWhen}).`,
  summaryFuel: (
    percent: number,
    year: number,
    plant: string,
    owners: OwnerShare[],
    destination: string,
  ) =>
    `Kazakhstan produced about ${formatPercent(percent, 0)} of the world's uranium in ${year}; the ${plant}, owned ${owners.map((s) => `${formatNumber(s.percent)}% by ${s.owner}`).join(' and ')}, sends its fuel assemblies to ${destination.toLowerCase()}.`,
};

export type NuclearText = TextPack<typeof en>;

export const ru: NuclearText = {
  china: 'Китай',
  title: (label, cnnc) =>
    `Казахстан намерен построить ${label} АЭС${
      cnnc.length > 0
        ? `, на ${cnnc.length > 1 ? 'станции' : 'станцию'} № ${listJoin(cnnc.map(String), 'ru')} претендует китайская CNNC`
        : ''
    }`,
  subtitle:
    'Планируемые АЭС в пределах, названных президентом, ведущие компании по каждой станции, этапы после референдума, а также уран и ядерное топливо Казахстана для Китая.',
  source: (date, publishers) =>
    `Источник: статья от ${date} со ссылкой на Акорду; ${publishers.join('; ')}.`,
  // A date ending in «г.» takes no second full stop.
  sourced: (text, source) => `${text.replace(/\.$/, '')}. Источник: ${source}.`,
  sentences: (sentences) => sentences.filter(Boolean).join(' '),
  quoted: (text) => `«${text}»`,
  yearRange: (from, to) => `${from}–${to} гг.`,
  plantsPlanned: 'Планируемые АЭС',
  plant: (ordinal) => `АЭС № ${ordinal}`,
  plantIfThree: (ordinal) => `АЭС № ${ordinal}, если их будет три`,
  siteLine: (name) => `Площадка: ${name}`,
  capacityGw: (value) => `${formatNumber(value, 2, 'ru')} ГВт`,
  specs: (parts) => parts.join(', '),
  cost: (min, max) =>
    `не менее ${formatNumber(min, 2, 'ru')}–${formatNumber(max, 2, 'ru')} млрд долларов`,
  costLine: (cost) => `Стоимость: ${cost}`,
  completionLine: (years) => `Завершение: ${years}`,
  leadFact: (lead, status) => `${lead}: ${lowerFirst(status)}`,
  siteFact: (name) => `площадка — ${name}`,
  completionFact: (years) => `завершение — ${years}`,
  facts: (facts) => facts.join('; '),
  plantMark: (ordinal, facts) => `АЭС № ${ordinal}: ${facts}`,
  rangeValue: (min, max) => `${min}–${max}`,
  rangeMark: (label, min, max) => `Планируемые АЭС: ${label}, то есть от ${min} до ${max}`,
  steps: 'Этапы',
  stepFigure: (label, value) => `${label}: ${value}`,
  stepMark: (when, label, figures) =>
    `${when}: ${label}${figures.length ? ` (${figures.join(', ')})` : ''}`,
  stepNote: (figures) => figures.join('; '),
  fuelHeading: 'Уран и топливо для Китая',
  supplierMark: (quote) => `Токаев: “${quote}”`,
  translation: (text) => `(перевод: ${text})`,
  supplierHeading: 'Уран и топливо',
  supplierValue: 'Казахстан поставляет их Китаю',
  shareLabel: (year, approximate, percent) =>
    `Мировая добыча урана в ${year} г.: доля Казахстана — ${approximate ? 'около ' : ''}${percent}`,
  restOfWorld: 'остальной мир',
  shareMark: (year, approximate, percent) =>
    `Доля Казахстана в мировой добыче урана в ${year} г.: ${approximate ? 'около ' : ''}${percent}`,
  shareHeading: (year) => `Мировая добыча урана, ${year} г.`,
  shareValue: (approximate, percent) =>
    `${approximate ? '≈' : ''}${percent} приходится на Казахстан`,
  ownersLabel: (plant, opened) => `${plant}, открыт ${opened}: владельцы`,
  ownerPercent: (percent) => formatPercent(percent, 2, 'ru'),
  ownerShare: (owner, percent) => `${owner} — ${formatPercent(percent, 2, 'ru')}`,
  ownersMark: (plant, shares) => `${plant}, владельцы: ${shares.join(', ')}`,
  ownersHeading: 'Владельцы топливного завода',
  ownersValue: (shares) => shares.join('; '),
  ownerCountry: (owner, country) => `${owner} (${country})`,
  capacityFact: (tonnes) => `Мощность: ${formatNumber(tonnes, 2, 'ru')} т урана в год`,
  capacityHeading: 'Мощность',
  exportsFact: (destination) => `Тепловыделяющие сборки поставляются ${destination}`,
  exportsHeading: 'Экспорт',
  deliveriesFact: (count, asOf) =>
    `${formatNumber(count, 2, 'ru')} ${ruPlural(count, 'поставка', 'поставки', 'поставок')} в Китай по состоянию на ${asOf}`,
  deliveriesHeading: 'Поставки',
  caption: 'Атомная энергетика: планы, ведущие компании, этапы, уран и топливо',
  columns: { topic: 'Тема', item: 'Показатель', value: 'Значение', source: 'Источник' },
  topicPlan: 'План',
  itemPlantsToBuild: 'Сколько АЭС будет построено',
  planValue: (min, max, label) => `${min}–${max} («${label}»)`,
  itemLead: 'Ведущая компания',
  itemSite: 'Площадка',
  itemReactors: 'Реакторы',
  itemCapacity: 'Мощность',
  itemCost: 'Стоимость',
  itemCompletion: 'Завершение',
  topicStep: 'Этап',
  topicReferendum: 'Референдум',
  topicUranium: 'Уран',
  itemWorldOutput: (year) => `Мировая добыча урана, ${year} г.`,
  worldOutputValue: (percent) => `≈${percent} приходится на Казахстан`,
  topicFuelPlant: 'Топливный завод',
  itemOwner: (owner) => `Владелец: ${owner}`,
  capacityValue: (tonnes) => `${formatNumber(tonnes, 2, 'ru')} т урана в год`,
  itemDeliveries: (asOf) => `Поставки в Китай по состоянию на ${asOf}`,
  supportsRange: 'диапазон планируемых АЭС',
  supportsRole: (partner) => `роль: ${partner}`,
  supportsFuel: 'поставки урана и топлива',
  summaryPlan: (label, min, max) =>
    `Казахстан решил построить ${label} атомные электростанции — от ${min} до ${max}.`,
  summaryPlant: (ordinal, lead, status, site) =>
    `${capital(ruOrdinal(ordinal))} АЭС — ${lead}, ${lowerFirst(status)}${site ? `; площадка — ${site}` : ''}.`,
  summaryLeads: (plants) => `Ведущие компании уже названы. ${plants.join(' ')}`,
  summarySteps: (first, firstWhen, last, lastWhen) =>
    `Первый этап — ${firstWhen}: ${lowerFirst(first)}; последний — ${lastWhen}: ${lowerFirst(last)}.`,
  summaryFuel: (percent, year, plant, owners, destination) =>
    `В ${year} г. на Казахстан пришлось около ${formatPercent(percent, 0, 'ru')} мировой добычи урана; ${lowerFirst(plant)} (владельцы: ${owners.map((s) => `${s.owner} — ${formatPercent(s.percent, 2, 'ru')}`).join(', ')}) поставляет свои сборки ${destination}.`,
};

export const kk: NuclearText = {
  china: 'Қытай',
  title: (label, cnnc) =>
    `Қазақстан ${label} АЭС салмақ${
      cnnc.length > 0
        ? `, ${listJoin(cnnc.map(String), 'kk')}-${cnnc.length > 1 ? 'станцияларды' : 'станцияны'} салуға қытайлық CNNC үміткер`
        : ''
    }`,
  subtitle:
    'Президент атаған шектегі жоспарланған станциялар, әрқайсысының жетекші серіктесі, референдумнан кейінгі қадамдар, сондай-ақ Қазақстанның Қытайға жеткізетін ураны мен ядролық отыны.',
  source: (date, publishers) =>
    `Дереккөз: ${kkAsOf(date)} мақала, Ақордаға сілтеме жасалған; ${publishers.join('; ')}.`,
  sourced: (text, source) => `${text.replace(/\.$/, '')}. Дереккөз: ${source}.`,
  sentences: (sentences) => sentences.filter(Boolean).join(' '),
  quoted: (text) => `«${text}»`,
  yearRange: (from, to) => `${from}–${to} жж.`,
  plantsPlanned: 'Жоспарланған станциялар',
  plant: (ordinal) => `${ordinal}-станция`,
  plantIfThree: (ordinal) => `${ordinal}-станция, егер үшеуі салынса`,
  siteLine: (name) => `Алаңы: ${name}`,
  capacityGw: (value) => `${formatNumber(value, 2, 'kk')} ГВт`,
  specs: (parts) => parts.join(', '),
  cost: (min, max) =>
    `кемінде ${formatNumber(min, 2, 'kk')}–${formatNumber(max, 2, 'kk')} млрд доллар`,
  costLine: (cost) => `Құны: ${cost}`,
  completionLine: (years) => `Аяқталуы: ${years}`,
  leadFact: (lead, status) => `${lead}: ${lowerFirst(status)}`,
  siteFact: (name) => `алаңы — ${name}`,
  completionFact: (years) => `аяқталуы — ${years}`,
  facts: (facts) => facts.join('; '),
  plantMark: (ordinal, facts) => `${ordinal}-станция: ${facts}`,
  rangeValue: (min, max) => `${min}–${max}`,
  rangeMark: (label, min, max) => `Жоспарланған станциялар: ${label}, яғни ${min}–${max} станция`,
  steps: 'Қадамдар',
  stepFigure: (label, value) => `${label}: ${value}`,
  stepMark: (when, label, figures) =>
    `${when}: ${label}${figures.length ? ` (${figures.join(', ')})` : ''}`,
  stepNote: (figures) => figures.join('; '),
  fuelHeading: 'Қытайға уран мен отын',
  supplierMark: (quote) => `Тоқаев: “${quote}”`,
  translation: (text) => `(аудармасы: ${text})`,
  supplierHeading: 'Уран мен отын',
  supplierValue: 'Қазақстан Қытайды жабдықтайды',
  shareLabel: (year, approximate, percent) =>
    `${year} ж. әлемдік уран өндірісі: Қазақстан ${approximate ? 'шамамен ' : ''}${percent}`,
  restOfWorld: 'әлемнің қалған бөлігі',
  shareMark: (year, approximate, percent) =>
    `${year} жылғы әлемдік уран өндірісіндегі Қазақстан үлесі: ${approximate ? 'шамамен ' : ''}${percent}`,
  shareHeading: (year) => `Әлемдік уран өндірісі, ${year} ж.`,
  shareValue: (approximate, percent) => `${approximate ? '≈' : ''}${percent} — Қазақстан үлесі`,
  ownersLabel: (plant, opened) => `${plant}, ${kkLocative(opened)} ашылған: иелері`,
  ownerPercent: (percent) => formatPercent(percent, 2, 'kk'),
  ownerShare: (owner, percent) => `${owner} — ${formatPercent(percent, 2, 'kk')}`,
  ownersMark: (plant, shares) => `${plant}, иелері: ${shares.join(', ')}`,
  ownersHeading: 'Отын зауытының иелері',
  ownersValue: (shares) => shares.join('; '),
  ownerCountry: (owner, country) => `${owner} (${country})`,
  capacityFact: (tonnes) => `Қуаты: жылына ${formatNumber(tonnes, 2, 'kk')} тонна уран`,
  capacityHeading: 'Қуаты',
  exportsFact: (destination) => `Зауыттың жылу бөлгіш жинақтары ${destination} жеткізіледі`,
  exportsHeading: 'Экспорт',
  deliveriesFact: (count, asOf) =>
    `${kkAsOf(asOf)} жағдай бойынша Қытайға ${formatNumber(count, 2, 'kk')} рет жеткізілім жасалды`,
  deliveriesHeading: 'Жеткізілімдер',
  caption: 'Атом энергетикасы: жоспарлар, жетекші серіктестер, қадамдар, уран мен отын',
  columns: { topic: 'Тақырып', item: 'Көрсеткіш', value: 'Мәні', source: 'Дереккөз' },
  topicPlan: 'Жоспар',
  itemPlantsToBuild: 'Салынатын станциялар саны',
  planValue: (min, max, label) => `${min}–${max} («${label}»)`,
  itemLead: 'Жетекші серіктес',
  itemSite: 'Алаңы',
  itemReactors: 'Реакторлар',
  itemCapacity: 'Қуаты',
  itemCost: 'Құны',
  itemCompletion: 'Аяқталуы',
  topicStep: 'Қадам',
  topicReferendum: 'Референдум',
  topicUranium: 'Уран',
  itemWorldOutput: (year) => `Әлемдік уран өндірісі, ${year} ж.`,
  worldOutputValue: (percent) => `≈${percent} — Қазақстан үлесі`,
  topicFuelPlant: 'Отын зауыты',
  itemOwner: (owner) => `Иесі: ${owner}`,
  capacityValue: (tonnes) => `жылына ${formatNumber(tonnes, 2, 'kk')} т уран`,
  itemDeliveries: (asOf) => `Қытайға жеткізілімдер (${kkAsOf(asOf)} жағдай)`,
  supportsRange: 'жоспарланған станциялар шегі',
  supportsRole: (partner) => `рөлі: ${partner}`,
  supportsFuel: 'уран мен отын жеткізу',
  summaryPlan: (label, min, max) =>
    `Қазақстан ${label} атом электр станциясын салу туралы шешім қабылдады, яғни ${min}–${max} станция.`,
  summaryPlant: (ordinal, lead, status, site) =>
    `${capital(kkOrdinal(ordinal))} станция — ${lead}: ${lowerFirst(status)}${site ? `; алаңы — ${site}` : ''}.`,
  summaryLeads: (plants) => `Жетекші серіктестер белгілі болды. ${plants.join(' ')}`,
  summarySteps: (first, firstWhen, last, lastWhen) =>
    `Алғашқы қадам — ${firstWhen}: ${lowerFirst(first)}; соңғысы — ${lastWhen}: ${lowerFirst(last)}.`,
  summaryFuel: (percent, year, plant, owners, destination) =>
    `${year} жылы әлемдік уран өндірісінің шамамен ${formatPercent(percent, 0, 'kk')}-ы Қазақстанның үлесінде болды; ${plant} (иелері: ${owners.map((s) => `${s.owner} — ${formatPercent(s.percent, 2, 'kk')}`).join(', ')}) жылу бөлгіш жинақтарын ${destination} жеткізеді.`,
};

export const zh: NuclearText = {
  china: '中国',
  title: (label, cnnc) =>
    `哈萨克斯坦计划建设${label}核电站${
      cnnc.length > 0
        ? `，中核集团有望承建${listJoin(
            cnnc.map((n) => `第${String(n)}座`),
            'zh',
          )}`
        : ''
    }`,
  subtitle:
    '按总统给出的范围列出计划建设的核电站、各座核电站的牵头方、公投以来的进展，以及哈萨克斯坦对华供应的铀和核燃料。',
  source: (date, publishers) => `来源：${date}报道，援引阿克奥尔达；${publishers.join('；')}。`,
  sourced: (text, source) => `${text}。来源：${source}。`,
  sentences: (sentences) => sentences.filter(Boolean).join(''),
  quoted: (text) => `“${text}”`,
  yearRange: (from, to) => `${from}—${to}年`,
  plantsPlanned: '计划建设的核电站',
  plant: (ordinal) => `第${ordinal}座核电站`,
  plantIfThree: (ordinal) => `第${ordinal}座核电站（如建三座）`,
  siteLine: (name) => `厂址：${name}`,
  capacityGw: (value) => `${formatNumber(value, 2, 'zh')}吉瓦`,
  specs: (parts) => parts.join('，'),
  cost: (min, max) =>
    `至少${formatNumber(min * 10, 1, 'zh')}—${formatNumber(max * 10, 1, 'zh')}亿美元`,
  costLine: (cost) => `造价：${cost}`,
  completionLine: (years) => `建成时间：${years}`,
  leadFact: (lead, status) => `${lead}，${status}`,
  siteFact: (name) => `厂址${name}`,
  completionFact: (years) => `${years}建成`,
  facts: (facts) => facts.join('；'),
  plantMark: (ordinal, facts) => `第${ordinal}座核电站：${facts}`,
  rangeValue: (min, max) => `${min}—${max}座`,
  rangeMark: (label, min, max) => `计划建设核电站：${label}，即${min}至${max}座`,
  steps: '进展',
  stepFigure: (label, value) => `${label}：${value}`,
  stepMark: (when, label, figures) =>
    `${when}：${label}${figures.length ? `（${figures.join('，')}）` : ''}`,
  stepNote: (figures) => figures.join('；'),
  fuelHeading: '对华供应铀和燃料',
  supplierMark: (quote) => `托卡耶夫：“${quote}”`,
  translation: (text) => `（译文：${text}）`,
  supplierHeading: '铀和燃料',
  supplierValue: '哈萨克斯坦向中国供应',
  shareLabel: (year, approximate, percent) =>
    `${year}年全球铀开采量：哈萨克斯坦${approximate ? '约占' : '占'}${percent}`,
  restOfWorld: '世界其他地区',
  shareMark: (year, approximate, percent) =>
    `${year}年哈萨克斯坦在全球铀矿产量中的占比：${approximate ? '约' : ''}${percent}`,
  shareHeading: (year) => `${year}年全球铀产量`,
  shareValue: (approximate, percent) => `哈萨克斯坦${approximate ? '约占' : '占'}${percent}`,
  ownersLabel: (plant, opened) => `${plant}，${opened}投产：股东`,
  ownerPercent: (percent) => formatPercent(percent, 2, 'zh'),
  ownerShare: (owner, percent) => `${owner}${formatPercent(percent, 2, 'zh')}`,
  ownersMark: (plant, shares) => `${plant}股东：${shares.join('，')}`,
  ownersHeading: '燃料厂股东',
  ownersValue: (shares) => shares.join('；'),
  ownerCountry: (owner, country) => `${owner}（${country}）`,
  capacityFact: (tonnes) => `产能：每年${formatNumber(tonnes, 2, 'zh')}吨铀`,
  capacityHeading: '产能',
  exportsFact: (destination) => `其燃料组件${destination}`,
  exportsHeading: '出口',
  deliveriesFact: (count, asOf) => `截至${asOf}，已向中国交付${formatNumber(count, 2, 'zh')}批`,
  deliveriesHeading: '交付',
  caption: '核电：计划、牵头方、进展、铀和燃料',
  columns: { topic: '类别', item: '项目', value: '数值', source: '来源' },
  topicPlan: '计划',
  itemPlantsToBuild: '拟建核电站数量',
  planValue: (min, max, label) => `${min}—${max}座（“${label}”）`,
  itemLead: '牵头方',
  itemSite: '厂址',
  itemReactors: '反应堆',
  itemCapacity: '装机容量',
  itemCost: '造价',
  itemCompletion: '建成时间',
  topicStep: '进展',
  topicReferendum: '全民公投',
  topicUranium: '铀',
  itemWorldOutput: (year) => `${year}年全球铀矿产量`,
  worldOutputValue: (percent) => `哈萨克斯坦约占${percent}`,
  topicFuelPlant: '燃料厂',
  itemOwner: (owner) => `股东：${owner}`,
  capacityValue: (tonnes) => `每年${formatNumber(tonnes, 2, 'zh')}吨铀`,
  itemDeliveries: (asOf) => `截至${asOf}对华交付批次`,
  supportsRange: '计划建设核电站的数量范围',
  supportsRole: (partner) => `${partner}的角色`,
  supportsFuel: '铀和燃料供应',
  summaryPlan: (label, min, max) => `哈萨克斯坦已决定建设${label}核电站，即${min}至${max}座。`,
  summaryPlant: (ordinal, lead, status, site) =>
    `第${zhOrdinal(ordinal)}座核电站：${lead}，${status}${site ? `；厂址位于${site}` : ''}。`,
  summaryLeads: (plants) => `各座核电站的牵头方已经明确。${plants.join('')}`,
  summarySteps: (first, firstWhen, last, lastWhen) =>
    `进展始于${firstWhen}（${first}），延续至${lastWhen}（${last}）。`,
  summaryFuel: (percent, year, plant, owners, destination) =>
    `${year}年，哈萨克斯坦铀产量约占全球的${formatPercent(percent, 0, 'zh')}；${plant}由${owners.map((s) => `${s.owner}持股${formatPercent(s.percent, 2, 'zh')}`).join('、')}，其燃料组件${destination}。`,
};

export const TEXT: Record<Language, NuclearText> = { en, ru, kk, zh };

/** Whether a (translated) country name is China, in any language. */
export function isChina(country: string): boolean {
  return Object.values(TEXT).some((t) => t.china === country);
}

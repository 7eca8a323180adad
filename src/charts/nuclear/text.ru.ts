import { ruPlural } from '../../i18n/russianPlural';
import { formatNumber, formatPercent, listJoin } from '../../i18n/format';
import { capital, lowerFirst, type NuclearText } from './text';

const ruOrdinal = (n: number) =>
  ['нулевая', 'первая', 'вторая', 'третья', 'четвёртая', 'пятая'][n] ?? `${String(n)}-я`;

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
  capacityFact: (tonnes) => `Мощность: ${formatNumber(tonnes, 2, 'ru')}\u00a0т урана (tU)`,
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
  capacityValue: (tonnes) => `${formatNumber(tonnes, 2, 'ru')}\u00a0т урана (tU)`,
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

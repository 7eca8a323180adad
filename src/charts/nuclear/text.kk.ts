import { formatNumber, formatPercent, listJoin } from '../../i18n/format';
import { capital, lowerFirst, type NuclearText } from './text';

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

const kkOrdinal = (n: number) =>
  ['нөлінші', 'бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші'][n] ?? `${String(n)}-`;

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
  capacityFact: (tonnes) => `Қуаты: ${formatNumber(tonnes, 2, 'kk')}\u00a0т уран (tU)`,
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
  capacityValue: (tonnes) => `${formatNumber(tonnes, 2, 'kk')}\u00a0т уран (tU)`,
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

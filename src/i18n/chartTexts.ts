import type { AgreementsText } from '../charts/agreements/text';
import type { MapText } from '../charts/map/text';
import type { MilestonesText } from '../charts/milestones/text';
import type { NuclearText } from '../charts/nuclear/text';
import type { TradeText } from '../charts/trade/text';
import type { Language } from './languages';

/** Every chart's words in one language other than English. */
export interface ChartTexts {
  trade: TradeText;
  agreements: AgreementsText;
  nuclear: NuclearText;
  map: MapText;
  milestones: MilestonesText;
}

type Other = Exclude<Language, 'en'>;

/**
 * English ships with each chart's code; the other languages' words for all five charts load
 * together, once, when a reader picks the language (or an export asks for it).
 */
const loaders: Record<Other, () => Promise<ChartTexts>> = {
  ru: () => import('./chartTexts/ru').then((m) => m.texts),
  kk: () => import('./chartTexts/kk').then((m) => m.texts),
  zh: () => import('./chartTexts/zh').then((m) => m.texts),
};

const loaded = new Map<Other, ChartTexts>();

export function chartTextsLoaded(lang: Language): boolean {
  return lang === 'en' || loaded.has(lang);
}

export async function loadChartTexts(lang: Language): Promise<void> {
  if (lang === 'en' || loaded.has(lang)) return;
  loaded.set(lang, await loaders[lang]());
}

/** A chart's words in `lang`; the language must have loaded (the language switch waits for it). */
export function chartText<K extends keyof ChartTexts>(
  id: K,
  en: ChartTexts[K],
): (lang: Language) => ChartTexts[K] {
  return (lang) => {
    if (lang === 'en') return en;
    const pack = loaded.get(lang)?.[id];
    if (!pack) throw new Error(`The ${id} chart's words in "${lang}" have not loaded`);
    return pack;
  };
}

import { countWord } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { TextPack } from '../../i18n/textPack';

/** `One`, `Twelve`: a count word at the start of an English sentence. */
export const capitalWord = (n: number) => countWord(n).replace(/^./, (c) => c.toUpperCase());

/** The first letter in capitals (`межправительственные…` → `Межправительственные…`). */
export function upperFirst(s: string): string {
  return s.replace(/^./, (c) => c.toUpperCase());
}

/**
 * A data label inside running text. English lowers the whole label, as it always has; the other
 * languages lower only its first letter, and leave acronyms (`СМИ`) as they are.
 */
export function lowerLabel(label: string, lang: Language): string {
  if (lang === 'en') return label.toLowerCase();
  if (/^\p{Lu}\p{Lu}/u.test(label)) return label;
  return label.replace(/^./, (c) => c.toLowerCase());
}

/** The sentences of a paragraph: spaced, except in Chinese. */
export function joinSentences(sentences: readonly string[], lang: Language): string {
  return sentences.filter(Boolean).join(lang === 'zh' ? '' : ' ');
}

export const en = {
  title: (documents: number, date: string, sectors: number) =>
    `Kazakhstan and China signed ${documents} documents on ${date}, across ${countWord(sectors)} sectors`,
  subtitle:
    'Each square is one document, intergovernmental or interdepartmental. The sectors they cover are listed without counts: how many documents each has was not published.',
  legend: {
    named: 'Named in the article',
    other: 'Not itemised',
  },
  /** `publishers`: the corroborating sources' publishers, as published. */
  source: (date: string, publishers: string[]) =>
    `Source: article of ${date}, citing Akorda${publishers.map((p) => `; ${p}`).join('')}. Themes grouping the sectors: this dashboard.`,
  plot: {
    documents: (n: number) => `${n} documents`,
    levelsSplit: (levels: string) => `${levels}: the split between the levels was not published.`,
    namedHeading: 'Named, at the intergovernmental level:',
    bullet: (title: string) => `• ${title}`,
    sectorsHeading: (sectors: number, themes: number) =>
      `${capitalWord(sectors)} sectors named, in ${countWord(themes)} themes`,
  },
  marks: {
    namedLabel: (title: string, level: string, source: string) =>
      `${title}: named in the article, signed at the ${level.toLowerCase()} level. Source: ${source}.`,
    signedAt: (level: string) => `Signed at the ${level.toLowerCase()} level`,
    totalLabel: (n: number, date: string, source: string) =>
      `${n} documents signed on ${date}, intergovernmental and interdepartmental. Source: ${source}.`,
    totalHeading: (date: string) => `Documents signed, ${date}`,
    sectorLabel: (sector: string, theme: string) =>
      `Sector: ${sector} (${theme}). Named in the article; number of documents not published.`,
    sectorTheme: (theme: string) => `Theme: ${theme}`,
    sector: 'Sector',
    sectorNote: 'The article names this sector; how many documents cover it was not published.',
  },
  table: {
    caption: (date: string) => `Documents signed on ${date}: levels, sectors and named agreements`,
    columns: {
      item: 'Item',
      group: 'Group',
      documents: 'Documents',
      source: 'Source',
    },
    allDocuments: 'All documents signed',
    level: 'Level',
    notPublished: 'not published',
    named: (level: string) => `Named, ${level.toLowerCase()}`,
  },
  summary: {
    signed: (date: string, city: string, n: number, levels: string) =>
      `On ${date} in ${city}, Kazakhstan and China signed ${n} ${levels} documents.`,
    sectors: (n: number, list: string) =>
      `The article names ${countWord(n)} sectors they cover: ${list}.`,
    group: (theme: string, sectors: string) => `${theme} (${sectors})`,
    themes: (n: number, list: string) => `Grouped into ${countWord(n)} themes: ${list}.`,
    namedItem: (title: string) => `the ${title}`,
    named: (n: number, list: string) =>
      `${capitalWord(n)} ${n === 1 ? 'is' : 'are'} named, at the intergovernmental level: ${list}.`,
    undisclosed:
      'How the documents divide between levels and sectors was not published, so no counts are shown for them.',
  },
};

export type AgreementsText = TextPack<typeof en>;

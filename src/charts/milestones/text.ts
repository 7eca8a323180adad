import type { TextPack } from '../../i18n/textPack';
import { listJoin } from '../../i18n/format';

/** A theme and how many events it holds, for the summary. */
export interface ThemeCount {
  label: string;
  count: number;
}

/** A theme's name inside running text: `Торговля и транспорт` → `торговля и транспорт`. */
export function lowerFirst(s: string): string {
  const [first = '', second = ''] = s;
  // Leave acronyms and names that are all capitals (АЭС, CNNC) as they are.
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return s;
  return first.toLowerCase() + s.slice(first.length);
}

export const stripStop = (s: string) => s.replace(/[.。]$/, '');

export const en = {
  title: (count: number, firstYear: number, recent: number, fromYear: number, toYear: number) =>
    `${count} milestones since ${firstYear}, ${recent} of them in ${fromYear}–${toYear}`,
  subtitle: `Dated events in Kazakhstan–China relations, a row each in time order, with a rail per theme. Rows are evenly spaced; long gaps are marked.`,
  source: (publishers: readonly string[]) => `Source: ${publishers.join('; ')}.`,
  /** One figure of an event: `Chinese tourists in 2024: 655,000`. */
  figure: (label: string, value: string) => `${label}: ${value}`,
  figures: (items: readonly string[]) => items.join('; '),
  markLabel: (date: string, title: string, category: string, figures: string, source: string) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Source: ${source}.`,
  /** Between two rows this many years apart: rows are evenly spaced, so the gap is said. */
  gap: (years: number) => `+${years} years`,
  columns: { date: 'Date', category: 'Theme', event: 'Event', source: 'Source' },
  eventWithFigures: (title: string, figures: string) => `${title} (${figures})`,
  caption: (firstYear: number, lastYear: number) =>
    `Milestones of Kazakhstan–China relations, ${firstYear}–${lastYear}`,
  supports: (date: string) => `event of ${date}`,
  summaryEmpty: 'No milestones.',
  summarySpan: (
    count: number,
    fromDate: string,
    fromTitle: string,
    toDate: string,
    toTitle: string,
    themes: readonly ThemeCount[],
  ) =>
    `${count} dated milestones from ${fromDate} (${stripStop(fromTitle)}) to ${toDate} (${stripStop(toTitle)}): ${listJoin(themes.map((th) => `${th.count} in ${th.label.toLowerCase()}`))}.`,
  summaryHighlight: (date: string, title: string) => `Highlighted: ${date}, ${stripStop(title)}.`,
  summaryPlacement: `Each event is a row, in time order; gaps of three years or more are marked.`,
};

export type MilestonesText = TextPack<typeof en>;

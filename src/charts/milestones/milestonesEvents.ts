import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { Milestone, Milestones } from '../../schema/milestones';
import type { MilestonesText } from './text';

export const round = (n: number) => Math.round(n * 100) / 100;

/** An event's position in decimal years: a year-only date sits mid-year, a month mid-month. */
export function decimalYear(date: string): number {
  const [y = '0', m, d] = date.split('-');
  const year = Number(y);
  if (m === undefined) return year + 0.5;
  const month = Number(m) - 1;
  if (d === undefined) return year + (month + 0.5) / 12;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month, Number(d)) - start) / (end - start);
}

export const eventYear = (e: Milestone) => Number(e.date.slice(0, 4));

export const eventDate = (e: Milestone, lang: Language) => formatPartialDate(e.date, lang);

export const markId = (e: Milestone) => `event-${e.id}`;

/** Ties on the same date fall back to the id, so the order never depends on the data file's. */
export function inTimeOrder(events: readonly Milestone[]): Milestone[] {
  return [...events].sort(
    (a, b) => decimalYear(a.date) - decimalYear(b.date) || a.id.localeCompare(b.id),
  );
}

export function categoryLabel(categories: Milestones['categories'], e: Milestone): string {
  return categories.find((c) => c.id === e.category)?.label ?? e.category;
}

export function hasSelection(s: Selection): boolean {
  return s.sector !== undefined || s.place !== undefined || s.year !== undefined;
}

function matches(e: Milestone, s: Selection): boolean {
  if (s.sector !== undefined && !(e.sectors ?? []).includes(s.sector)) return false;
  if (s.place !== undefined && !(e.places ?? []).includes(s.place)) return false;
  if (s.year !== undefined && eventYear(e) !== s.year) return false;
  return true;
}

/** Under a selection, events outside it fade and those inside stand out like highlights. */
export function eventStyle(
  e: Milestone,
  selection: Selection,
): { dimmed: boolean; emphasis: boolean } {
  const anySelection = hasSelection(selection);
  const dimmed = anySelection && !matches(e, selection);
  const emphasis = (e.highlight ?? false) || (anySelection && !dimmed);
  return { dimmed, emphasis };
}

/** The event's figures in words, or an empty string when it has none. */
export function figureText(e: Milestone, t: MilestonesText, lang: Language): string {
  return t.figures(
    (e.figures ?? []).map((f) =>
      t.figure(
        f.label,
        f.unit === 'percent'
          ? `+${formatPercent(f.value, 0, lang)}`
          : formatNumber(f.value, 2, lang),
      ),
    ),
  );
}

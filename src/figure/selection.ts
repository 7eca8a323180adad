import { isId } from '../schema/idPattern';

/** What the reader has picked to follow across charts; the address keeps it, so links reopen it. */
export interface Selection {
  sector?: string;
  year?: number;
  place?: string;
  /** Map layers switched off: view state, kept in the address like the rest. */
  hide?: string[];
}

export type SelectionKey = keyof Selection;

export function isEmpty(selection: Selection): boolean {
  return (
    selection.sector === undefined && selection.year === undefined && selection.place === undefined
  );
}

/** Years a view may name: wider than the data, narrow enough to refuse nonsense. */
const YEARS = { min: 1980, max: 2050 };

/** A well-formed id of at most 40 characters, or nothing. */
const idParam = (value: string | null): string | undefined =>
  isId(value) && value.length <= 40 ? value : undefined;

/** Takes only well-formed values from the query string; anything else is dropped, silently. */
export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const out: Selection = {};
  const sector = idParam(params.get('sector'));
  if (sector !== undefined) out.sector = sector;
  const place = idParam(params.get('place'));
  if (place !== undefined) out.place = place;
  const hide = (params.get('hide') ?? '')
    .split(',')
    .filter((h) => idParam(h) !== undefined)
    .slice(0, 8);
  if (hide.length > 0) out.hide = hide;
  const rawYear = params.get('year');
  if (rawYear !== null && /^\d{4}$/.test(rawYear)) {
    const year = Number(rawYear);
    if (year >= YEARS.min && year <= YEARS.max) out.year = year;
  }
  return out;
}

/** The selection as address parameters, in a fixed order, so equal views share one address. */
export function selectionParams(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  const { sector, year, place, hide } = selection;
  if (sector !== undefined) params.set('sector', sector);
  if (year !== undefined) params.set('year', String(year));
  if (place !== undefined) params.set('place', place);
  if (hide && hide.length > 0) params.set('hide', hide.join(','));
  return params;
}

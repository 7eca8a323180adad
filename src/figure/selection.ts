import * as z from 'zod/mini';
import { id } from '../schema/common';

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

const yearParam = z.int().check(z.gte(1980), z.lte(2050));

/** Takes only well-formed values from the query string; anything else is dropped, silently. */
export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const out: Selection = {};
  const sector = id.safeParse(params.get('sector'));
  if (sector.success && sector.data.length <= 40) out.sector = sector.data;
  const place = id.safeParse(params.get('place'));
  if (place.success && place.data.length <= 40) out.place = place.data;
  const hide = (params.get('hide') ?? '')
    .split(',')
    .filter((h) => h.length <= 40 && id.safeParse(h).success)
    .slice(0, 8);
  if (hide.length > 0) out.hide = hide;
  const rawYear = params.get('year');
  if (rawYear !== null && /^\d{4}$/.test(rawYear)) {
    const year = yearParam.safeParse(Number(rawYear));
    if (year.success) out.year = year.data;
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

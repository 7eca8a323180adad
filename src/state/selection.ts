import * as z from 'zod/mini';
import { id } from '../schema/common';
import type { Selection, SelectionKey } from '../figure/selection';
import { updateSearch, useLocation } from './router';

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

export function useSelection(): Selection {
  return parseSelection(useLocation().search);
}

/** Sets (or, with undefined, clears) selection keys, replacing the history entry. */
export function updateSelection(
  patch: Partial<Record<SelectionKey, string | number | readonly string[] | undefined>>,
): void {
  updateSearch((params) => {
    for (const key of Object.keys(patch) as SelectionKey[]) {
      const value = patch[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) params.delete(key);
      else params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
  });
}

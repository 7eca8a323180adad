import { parseSelection, type Selection, type SelectionKey } from '../figure/selection';
import { updateSearch, useLocation } from './router';

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

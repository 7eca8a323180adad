import { listJoin } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { Agreements } from '../../schema/agreements';
import { lowerLabel } from './text';

/** The levels, lowered and joined: `intergovernmental and interdepartmental`. */
export function levelList(a: Agreements, lang: Language): string {
  return listJoin(
    a.levels.items.map((l) => lowerLabel(l.label, lang)),
    lang,
  );
}

/** The label of a level, by its id (the id itself if the data lacks it). */
export function levelLabel(a: Agreements, id: string): string {
  return a.levels.items.find((l) => l.id === id)?.label ?? id;
}

/** The sectors filed under a theme, in data order. */
export function sectorsOfTheme(a: Agreements, themeId: string): Agreements['sectors']['items'] {
  return a.sectors.items.filter((s) => s.theme === themeId);
}

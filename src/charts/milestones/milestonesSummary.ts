import type { Language } from '../../i18n/languages';
import { formatPartialDate } from '../../i18n/format';
import type { Milestones } from '../../schema/milestones';
import { decimalYear } from './milestonesEvents';
import type { MilestonesText } from './text';

/** The figure in words: its span, how many events each theme has, and the highlights. */
export function summariseMilestones(
  m: Milestones,
  t: MilestonesText,
  lang: Language = 'en',
): string {
  const events = [...m.events].sort((a, b) => decimalYear(a.date) - decimalYear(b.date));
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return t.summaryEmpty;
  const themes = m.categories.map((c) => ({
    label: c.label,
    count: events.filter((e) => e.category === c.id).length,
  }));
  const highlighted = events.filter((e) => e.highlight);
  return [
    t.summarySpan(
      events.length,
      formatPartialDate(first.date, lang),
      first.title,
      formatPartialDate(last.date, lang),
      last.title,
      themes,
    ),
    ...highlighted.map((e) => t.summaryHighlight(formatPartialDate(e.date, lang), e.title)),
    t.summaryPlacement,
  ].join(lang === 'zh' ? '' : ' ');
}

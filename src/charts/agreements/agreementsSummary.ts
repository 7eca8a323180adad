import { formatPartialDate, listJoin } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { Agreements } from '../../schema/agreements';
import { levelList, sectorsOfTheme } from './agreementsLookups';
import { joinSentences, lowerLabel, type AgreementsText } from './text';

/** The whole figure in a few sentences, for screen readers and the text alternative. */
export function summariseAgreements(
  a: Agreements,
  text: AgreementsText,
  lang: Language = 'en',
): string {
  const t = text.summary;
  const sectors = a.sectors.items.map((s) => lowerLabel(s.label, lang));
  const groups = a.themes.map((th) => {
    const members = sectorsOfTheme(a, th.id).map((s) => lowerLabel(s.label, lang));
    return t.group(lowerLabel(th.label, lang), listJoin(members, lang));
  });
  const named = a.named.map((n) => t.namedItem(n.title));
  return joinSentences(
    [
      t.signed(formatPartialDate(a.date, lang), a.city, a.total.value, levelList(a, lang)),
      t.sectors(sectors.length, listJoin(sectors, lang)),
      t.themes(groups.length, listJoin(groups, lang)),
      named.length > 0 ? t.named(named.length, listJoin(named, lang)) : '',
      t.undisclosed,
    ],
    lang,
  );
}

import type { TextPack } from '../../i18n/textPack';
import { formatPartialDate } from '../../i18n/format';

/**
 * Every word the trade chart writes, in each language. Values arrive formatted (money, percent,
 * numbers) except dates, which each language puts into the case its sentence needs. Series
 * labels, the unit and the record's label come from the data, already translated.
 */

export type Reporter = 'China' | 'Kazakhstan';

export function dateParts(date: string): { y: string; m?: number; d?: number } {
  const [y = date, m, d] = date.split('-');
  return {
    y,
    ...(m === undefined ? {} : { m: Number(m) }),
    ...(d === undefined ? {} : { d: Number(d) }),
  };
}

export const en = {
  title: (year: number, record: string) =>
    `Trade between Kazakhstan and China reached ${record} in ${year}`,
  subtitle: (unit: string) =>
    `Goods trade in ${unit}, as each side reports it. China's customs figures run higher than Kazakhstan's statistics, so the two series are shown apart and never combined. Years with no sourced figure are left blank.`,
  legendRecord: 'Record, per the article',
  source: (publishers: readonly string[], record: string) =>
    `Source: ${publishers.join('; ')}. Record: ${record}.`,
  /** The record's source when it is the article itself; `date` is ISO, or null when unknown. */
  recordArticle: (date: string | null) =>
    `article of ${date === null ? 'undated' : formatPartialDate(date)}, citing Akorda`,
  /** The connector between the two series in their latest common year. */
  gapLabel: (diff: string) => `${diff} gap`,
  /** Under the first series' end label. */
  growth: {
    rise: (pct: string, year: number) => `+${pct} since ${year}`,
    fall: (pct: string, year: number) => `−${pct} since ${year}`,
    unchanged: (year: number) => `unchanged since ${year}`,
  },
  headlineLabel: (value: string) => `Record ${value}`,
  markLabel: (series: string, year: number, value: string, source: string) =>
    `${series}, ${year}: ${value}. Source: ${source}.`,
  tooltipHeading: (series: string, year: number) => `${series}, ${year}`,
  roundedNote: 'Rounded figure ("nearly")',
  /** Another source's figure for the same year and series, shown beside it, never merged. */
  otherReport: (value: string, source: string) => `Another source gives ${value} (${source})`,
  otherReportRow: (series: string) => `${series}, another source`,
  recordMarkLabel: (year: number, value: string, source: string) =>
    `Record in ${year}: ${value}, as the article puts it. Source: ${source}.`,
  recordHeading: (year: number) => `Record, ${year}`,
  columns: {
    year: 'Year',
    series: 'Series',
    value: (unit: string) => `Trade (${unit})`,
    source: 'Source',
  },
  recordRow: 'Record, per the article (rounded)',
  caption: (unit: string) => `Kazakhstan–China trade by year, ${unit}, as each side reports it`,
  /** What the article's quote supports. */
  supports: (year: number) => `${year} record`,
  /** A reporter as the summary's comparison names it (in Russian and Kazakh, the genitive). */
  reporter: { China: 'China', Kazakhstan: 'Kazakhstan' } satisfies Record<Reporter, string>,
  /** How the series' change from its earliest year reads in the summary. */
  change: {
    up: 'up',
    unchanged: 'unchanged',
    rise: (pct: string) => `up ${pct}`,
    fall: (pct: string) => `down ${pct}`,
  },
  summary: {
    only: (series: string, value: string, year: number) =>
      `${series} gives ${value} for ${year}, its only year with a figure.`,
    span: (
      series: string,
      last: string,
      lastYear: number,
      change: string,
      first: string,
      firstYear: number,
    ) =>
      `${series} recorded ${last} in ${lastYear}, ${change} from ${first} in ${firstYear}, the earliest year with a figure.`,
    gap: (year: number, higher: string, lower: string, diff: string) =>
      `In ${year}, the latest year both report, ${higher}'s figure was ${diff} higher than ${lower}'s; the two series are kept apart and never combined.`,
    article: (date: string | null, year: number, record: string) =>
      `${date === null ? 'The article' : `The article of ${formatPartialDate(date)}`} calls ${year} trade ${record}.`,
    gaps: 'Years without a sourced figure are left as gaps.',
    /** Between sentences. */
    join: ' ',
  },
};

export type TradeText = TextPack<typeof en>;

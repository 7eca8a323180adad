const LOCALE = 'en-US';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number as the source gave it: up to `maxDigits` decimals, no trailing zeros. */
export function formatNumber(value: number, maxDigits = 2): string {
  let format = numberFormats.get(maxDigits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxDigits });
    numberFormats.set(maxDigits, format);
  }
  return format.format(value);
}

/** `$43.82 billion`, or `≈$44 billion` for a rounded figure. */
export function formatUsdBn(value: number, approximate = false): string {
  return `${approximate ? '≈' : ''}$${formatNumber(value)} billion`;
}

/** `$44bn`: for labels on the plot, where space is short. */
export function formatUsdBnShort(value: number, approximate = false): string {
  return `${approximate ? '≈' : ''}$${formatNumber(value, 1)}bn`;
}

export function formatPercent(value: number, maxDigits = 1): string {
  return `${formatNumber(value, maxDigits)}%`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `16 June 2025`, `December 2023` or `2012`, for dates given to the day, month or year. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return y ?? date;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** `twelve` for counts in running text, digits past twelve. */
export function countWord(n: number): string {
  return WORDS[n] ?? formatNumber(n);
}

/** `a, b and c`. */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

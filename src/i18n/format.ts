import { LOCALES, type Language } from './languages';

/**
 * Numbers, money and dates in each language's conventions, through `Intl`. Every function takes
 * the language last and defaults to English, whose forms ("$43.82 billion", "16 June 2025") are
 * the dashboard's original ones.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}:${String(maxDigits)}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Browsers often ship no Kazakh number data (Chromium writes 9.5); Kazakh writes numbers as
    // Russian does, with a comma and spaced thousands.
    const locale = lang === 'en' ? 'en-US' : lang === 'kk' ? LOCALES.ru : LOCALES[lang];
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * English as `Intl.NumberFormat('en-US')` writes it, without it: building the first formatter
 * loads the browser's locale data, which costs the first view tens of milliseconds. Like Intl,
 * it rounds the shortest decimal that names the number (176336.425, not the binary value just
 * below it), half away from zero.
 */
function englishNumber(value: number, maxDigits: number): string {
  if (!Number.isFinite(value)) return numberFormat('en', maxDigits).format(value);
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + maxDigits;
  let kept = digits.slice(0, keep).padEnd(keep, '0');
  if ((digits[keep] ?? '0') >= '5') {
    const up = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
    if (up.length > kept.length) point += 1;
    kept = up;
  }
  const whole = kept.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = kept.slice(point).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A number as the source gave it: up to `maxDigits` decimals, no trailing zeros. */
export function formatNumber(value: number, maxDigits = 2, lang: Language = 'en'): string {
  return lang === 'en'
    ? englishNumber(value, maxDigits)
    : numberFormat(lang, maxDigits).format(value);
}

/** `$43.82 billion`, `43,82 млрд долларов`, `438.2亿美元`; `≈` before a rounded figure. */
export function formatUsdBn(value: number, approximate = false, lang: Language = 'en'): string {
  const about = approximate ? '≈' : '';
  switch (lang) {
    case 'en':
      return `${about}$${formatNumber(value)} billion`;
    case 'ru':
      return `${about}${formatNumber(value, 2, lang)} млрд долларов`;
    case 'kk':
      return `${about}${formatNumber(value, 2, lang)} млрд доллар`;
    case 'zh':
      // Chinese counts in 亿 (hundred million): 43.82 billion is 438.2亿.
      return `${about}${formatNumber(value * 10, 1, lang)}亿美元`;
  }
}

/** `$44bn`, `44 млрд $`, `440亿美元`: for labels on the plot, where space is short. */
export function formatUsdBnShort(
  value: number,
  approximate = false,
  lang: Language = 'en',
): string {
  // A figure shortened to one decimal (43.82 → 43.8) is no longer the figure: it says so.
  const shortened = Math.abs(Math.round(value * 10) - value * 10) > 1e-6;
  const about = approximate || shortened ? '≈' : '';
  switch (lang) {
    case 'en':
      return `${about}$${formatNumber(value, 1)}bn`;
    case 'ru':
    case 'kk':
      return `${about}${formatNumber(value, 1, lang)} млрд $`;
    case 'zh':
      return `${about}${formatNumber(value * 10, 0, lang)}亿美元`;
  }
}

/** `43%`, `43 %` in Russian and Kazakh. */
export function formatPercent(value: number, maxDigits = 1, lang: Language = 'en'): string {
  const n = formatNumber(value, maxDigits, lang);
  return lang === 'ru' || lang === 'kk' ? `${n}\u00a0%` : `${n}%`;
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

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: making one is slow, and slides lay out many. */
function dateFormat(lang: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${String(withDay)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * `16 June 2025`, `December 2023` or `2012`, for dates given to the day, month or year; in
 * the reader's language (`16 июня 2025 г.`, `2025 ж. 16 маусым`, `2025年6月16日`).
 */
export function formatPartialDate(date: string, lang: Language = 'en'): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return lang === 'zh' ? `${y ?? date}年` : (y ?? date);
  if (lang === 'kk') {
    // Browsers' Intl data often lack Kazakh month names (Chromium prints "M06"): spell them here.
    const kkMonth = KK_MONTHS[Number(m) - 1] ?? '';
    return d === undefined
      ? `${y ?? ''}\u00a0ж. ${kkMonth}`
      : `${y ?? ''}\u00a0ж. ${String(Number(d))}\u00a0${kkMonth}`;
  }
  if (lang !== 'en') {
    const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
    // "2025 г." and "16 июня" never break across lines.
    return dateFormat(lang, d !== undefined)
      .format(when)
      .replace(/ (г\.)/, '\u00a0$1')
      .replace(/^(\d+) /, '$1\u00a0');
  }
  if (d === undefined) return `${month} ${y ?? ''}`;
  return `${Number(d)} ${month} ${y ?? ''}`;
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

/** `twelve` for counts in English running text, digits past twelve and in other languages. */
export function countWord(n: number, lang: Language = 'en'): string {
  return (lang === 'en' ? WORDS[n] : undefined) ?? formatNumber(n, 2, lang);
}

/** `a, b and c`, `a, b и c`, `a, b және c`, `a、b和c`. */
export function listJoin(items: readonly string[], lang: Language = 'en'): string {
  if (items.length <= 1) return items.join('');
  const last = items.at(-1) ?? '';
  const rest = items.slice(0, -1);
  switch (lang) {
    case 'en':
      return `${rest.join(', ')} and ${last}`;
    case 'ru':
      return `${rest.join(', ')} и ${last}`;
    case 'kk':
      return `${rest.join(', ')} және ${last}`;
    case 'zh':
      return `${rest.join('、')}和${last}`;
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LOCALES } from '../../../i18n/languages';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** HTML's character references, as the page shows them. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** JavaScript's escapes (`\u4e2d`, `\u{1F600}`), as the strings they write. */
export function decodeEscapes(code: string): string {
  return code
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every character a page's markup can show: its text and its attributes' words. */
export function markupText(html: string): string {
  return decodeEntities(
    html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-z][^\s>/]*|[a-z-]+=|[<>"/=]/gi, ' '),
  );
}

/**
 * What a page paints before a reader does anything: its body up to `end` (the second chart card,
 * say), without what stays hidden until asked for (a closed disclosure's contents, tooltips'
 * words, a figure's title and description, attributes).
 */
export function paintedText(html: string, end: number): string {
  const body = html.slice(Math.max(0, html.indexOf('<body')), end);
  const visible = body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<(title|desc)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/(<details\b[^>]*>\s*<summary>[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g, '$1')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(visible);
}

/** The text of files: every file under `dir` whose name ends in one of `extensions`. */
export function filesText(dir: string, extensions: readonly string[]): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += filesText(path, extensions);
    else if (extensions.some((e) => name.endsWith(e))) out += readFileSync(path, 'utf8');
  }
  return out;
}

/**
 * What `Intl` writes in each language, beyond the site's own words: month names, a year's
 * marks, digits and separators, in the forms format.ts asks for.
 */
export function intlText(): string {
  let out = '0123456789';
  for (const lang of LANGUAGES) {
    const locale = LOCALES[lang];
    for (let m = 0; m < 12; m++) {
      const when = new Date(Date.UTC(2025, m, 16));
      for (const withDay of [false, true]) {
        out += new Intl.DateTimeFormat(locale, {
          timeZone: 'UTC',
          year: 'numeric',
          month: 'long',
          ...(withDay ? { day: 'numeric' } : {}),
        }).format(when);
      }
    }
    out += new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(-1234567.89);
  }
  return out;
}

/** The distinct code points of a text, without controls. */
export function codesOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code !== 0x7f) out.add(code);
  }
  return out;
}

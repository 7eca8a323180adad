/**
 * The figure font, as the exporters see it: faces of Noto Sans (Latin, Cyrillic) and Noto Sans
 * SC (Chinese), each drawing the characters of its unicode-range. Where the faces come from
 * is the platform's (ExportPlatform.fontFaces): the built site's faces cut to the characters it
 * shows, with the full font's slices beside them for text it has not seen; in Node and the
 * development server, the full font's slices.
 */
export interface Face {
  family: string;
  /** WOFF2 (or WOFF), for the browser: the page and the PNG. */
  url: string;
  /** WOFF 1.0 of the same face, which a PDF can embed once inflated. */
  woff: string;
  weight: number;
  /** Italic faces exist for Latin only: quotes from the article, which stay in English. */
  italic?: boolean;
  range: string;
  /**
   * Drawn in a PDF (or by a renderer with no fonts of its own) only: a symbol Noto Sans lacks
   * ("≈"), which the page and the PNG take from the reader's own fonts.
   */
  pdfOnly?: boolean;
  /** One of the full font's slices, for characters the cut faces lack (see pageFonts.ts). */
  fallback?: boolean;
}

const spansOf = new Map<string, (readonly [number, number])[]>();

function spans(range: string): (readonly [number, number])[] {
  let out = spansOf.get(range);
  if (!out) {
    out = range.split(',').map((part) => {
      const [lo = '0', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi, 16)] as const;
    });
    spansOf.set(range, out);
  }
  return out;
}

/** Whether `text` (or its distinct code points) has a character in a CSS unicode-range. */
export function inUnicodeRange(text: string | readonly number[], range: string): boolean {
  const codes = typeof text === 'string' ? distinctCodes(text) : text;
  const list = spans(range);
  return codes.some((code) => list.some(([lo, hi]) => code >= lo && code <= hi));
}

/** The code points a CSS unicode-range names. */
export function rangeCodes(range: string): number[] {
  return spans(range).flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
}

/** Code points as a CSS unicode-range, runs written as spans: `U+20-7E,U+A0,U+2013-2014`. */
export function unicodeRange(codes: Iterable<number>): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? 0) === (sorted[j] ?? 0) + 1) j++;
    const [lo = 0, hi = 0] = [sorted[i], sorted[j]];
    parts.push(lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function distinctCodes(text: string): number[] {
  return [...new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0))];
}

/** WOFF2 but where a face is carried as WOFF (the single file, the fallback slices). */
export function formatOf(url: string): 'woff' | 'woff2' {
  return /^data:font\/woff;|\.woff$/.test(url) ? 'woff' : 'woff2';
}

/**
 * The faces whose unicode-range `text` touches: for the page and the PNG, or (`pdf`) for a PDF
 * or a renderer that falls back to nothing, which also takes the PDF-only symbol faces.
 */
export function facesFor(
  catalogue: readonly Face[],
  text: string,
  { italic = false, pdf = false }: { italic?: boolean; pdf?: boolean } = {},
): Face[] {
  const codes = distinctCodes(text);
  return catalogue.filter(
    (f) => (italic || !f.italic) && (pdf || !f.pdfOnly) && inUnicodeRange(codes, f.range),
  );
}

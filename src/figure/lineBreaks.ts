const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * A wrapped line keeps the space it was broken at, so the text behind a figure (copied,
 * extracted, read aloud) is the sentence and not words run together. Chinese breaks between
 * characters, where there was no space. The space ends a start-anchored line: nothing moves.
 */
export function keepBreakSpace(line: string, next: string | undefined): string {
  if (next === undefined || CJK.test(line.slice(-1)) || CJK.test(next.charAt(0))) return line;
  return `${line} `;
}

/** The lines of a wrapped text, each but the last keeping the space it was broken at. */
export function withBreakSpaces(lines: readonly string[]): string[] {
  return lines.map((line, i) => keepBreakSpace(line, lines[i + 1]));
}

/**
 * Advance widths of Noto Sans (the figure font) for printable ASCII, in thousandths of an em,
 * measured from the font files. Layout needs text widths without a DOM (in tests, in exports),
 * and a table is deterministic where canvas measurement is not.
 */
const REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
  519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
  566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
  258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];
const BOLD = [
  260, 277, 452, 646, 572, 875, 743, 250, 324, 324, 546, 572, 279, 320, 276, 399, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 276, 279, 572, 572, 572, 461, 898, 672, 659, 638, 732, 558,
  538, 726, 756, 370, 309, 647, 546, 929, 793, 787, 615, 787, 643, 550, 569, 747, 631, 953, 638,
  603, 576, 330, 399, 330, 572, 423, 333, 585, 626, 502, 626, 585, 371, 626, 638, 283, 283, 588,
  283, 960, 638, 617, 626, 626, 434, 493, 406, 638, 547, 830, 560, 548, 484, 389, 551, 389, 572,
];

export type FontWeight = 400 | 600;

function charWidth(code: number, table: readonly number[]): number {
  if (code >= 32 && code < 127) return table[code - 32] ?? 572;
  if (code >= 0x2e80) return 1000; // CJK and full-width forms
  if (code >= 0x0400 && code <= 0x052f) return 640; // Cyrillic, including Kazakh letters
  if (code === 0x2013 || code === 0x2212) return 500; // en dash, minus
  if (code === 0x2014) return 1000;
  return 600;
}

/** Width in px of `text` set in the figure font at `size` px. */
export function measureText(text: string, size: number, weight: FontWeight = 400): number {
  const table = weight === 600 ? BOLD : REGULAR;
  let total = 0;
  for (const ch of text) total += charWidth(ch.codePointAt(0) ?? 32, table);
  return (total / 1000) * size;
}

/** Greedy word wrap to `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight = 400,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const { text: word, spaced } of breakable(paragraph)) {
      const candidate = line === '' ? word : `${line}${spaced ? ' ' : ''}${word}`;
      if (line !== '' && measureText(candidate, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** A Chinese character or full-width mark: lines may break between any two. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Marks that may not begin a line (Chinese closing punctuation) or end one (opening). */
const NO_BREAK_BEFORE = /[，。、；：！？）」』”’》〉％]/;
const NO_BREAK_AFTER = /[（「『“‘《〈]/;

/**
 * The units a line may break between: words at spaces, and in Chinese, which has no spaces,
 * every character, keeping punctuation with the character it belongs to.
 */
function breakable(paragraph: string): { text: string; spaced: boolean }[] {
  const out: { text: string; spaced: boolean }[] = [];
  let current = '';
  let spaced = false;
  let pendingSpace = false;
  const flush = () => {
    if (current !== '') out.push({ text: current, spaced });
    current = '';
  };
  for (const ch of paragraph) {
    // A no-break space (as in "43 %") joins; every other space is a break.
    if (/[^\S\u00a0]/.test(ch)) {
      flush();
      pendingSpace = true;
      continue;
    }
    const cjk = CJK.test(ch);
    const last = current.at(-1) ?? '';
    const joinsPrevious =
      current !== '' &&
      (NO_BREAK_BEFORE.test(ch) || NO_BREAK_AFTER.test(last) || (!cjk && !CJK.test(last)));
    if (!joinsPrevious) {
      flush();
      spaced = pendingSpace;
    }
    pendingSpace = false;
    current += ch;
  }
  flush();
  return out;
}

import { wrapText } from '../../figure/textMetrics';
import { withBreakSpaces } from '../../figure/lineBreaks';
import type { Language } from '../../i18n/languages';
import type { Agreements } from '../../schema/agreements';
import { round } from './agreementsGeometry';
import { levelList } from './agreementsLookups';
import type { TextLine } from './agreementsTypes';
import { upperFirst, type AgreementsText } from './text';

/** A note before wrapping; `spaceBefore` sets it apart from the note above. */
export interface NoteParagraph {
  text: string;
  weight: TextLine['weight'];
  color: TextLine['color'];
  spaceBefore: number;
}

/** What the notes under the grid say: the count, the levels, then the agreements known by name. */
export function noteParagraphs(
  a: Agreements,
  t: AgreementsText,
  lang: Language,
  fontSize: number,
): NoteParagraph[] {
  const about: NoteParagraph[] = [
    { text: t.plot.documents(a.total.value), weight: 600, color: 'text', spaceBefore: 0 },
    {
      text: t.plot.levelsSplit(upperFirst(levelList(a, lang))),
      weight: 400,
      color: 'muted',
      spaceBefore: 0,
    },
  ];
  if (a.named.length === 0) return about;
  return [
    ...about,
    { text: t.plot.namedHeading, weight: 600, color: 'accent', spaceBefore: fontSize * 0.4 },
    ...a.named.map((named): NoteParagraph => ({
      text: t.plot.bullet(named.title),
      weight: 400,
      color: 'text',
      spaceBefore: 0,
    })),
  ];
}

export interface WrappedNotes {
  notes: TextLine[];
  /** The baseline cursor after the last line: where a following line would go. */
  bottom: number;
}

/** Wraps the paragraphs to `width` and stacks their lines from `top` down. */
export function wrapNotes(
  paragraphs: NoteParagraph[],
  top: number,
  width: number,
  fontSize: number,
): WrappedNotes {
  const notes: TextLine[] = [];
  let y = top;
  for (const { text, weight, color, spaceBefore } of paragraphs) {
    y += spaceBefore;
    for (const line of withBreakSpaces(wrapText(text, width, fontSize, weight))) {
      notes.push({ x: 0, y: round(y), text: line, weight, color });
      y += fontSize * 1.35;
    }
  }
  return { notes, bottom: y };
}

import type { TypeScale } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import type { Agreements } from '../../schema/agreements';
import { plotGeometry, round } from './agreementsGeometry';
import { noteParagraphs, wrapNotes } from './agreementsNotes';
import { layoutSectors } from './agreementsThemes';
import type { AgreementsPlot } from './agreementsTypes';
import { layoutUnits } from './agreementsUnits';
import type { AgreementsText } from './text';

/** What the plot's layout reads besides its size. */
export interface PlotInput {
  a: Agreements;
  t: AgreementsText;
  lang: Language;
  selection: Selection;
  scale: TypeScale;
}

/**
 * The plot at `width`: the document grid with its notes, then the sectors beside them (wide) or
 * below them. It is never shorter than `minHeight`, so it fills the space the frame gives it.
 */
export function layoutAgreementsPlot(
  { a, t, lang, selection, scale }: PlotInput,
  width: number,
  minHeight: number,
): AgreementsPlot {
  const { k, body: fontSize } = scale;
  const g = plotGeometry(width, fontSize, k);
  const grid = layoutUnits(a.total.value, a.named.length, g);
  const paragraphs = noteParagraphs(a, t, lang, fontSize);
  const left = wrapNotes(paragraphs, grid.bottom + fontSize * 1.6, g.leftWidth, fontSize);
  const sectors = layoutSectors(a, t, selection, g, g.wide ? 0 : left.bottom + fontSize * 1.2);
  const contentHeight = Math.ceil(
    Math.max(g.wide ? left.bottom : 0, sectors.bottom) + fontSize * 0.5,
  );
  return {
    width,
    height: Math.max(minHeight, contentHeight),
    fontSize,
    units: grid.units,
    unitRadius: round(3 * k),
    notes: [...left.notes, sectors.heading],
    themes: sectors.themes,
    pills: sectors.pills,
    k,
  };
}

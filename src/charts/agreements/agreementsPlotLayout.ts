import type { TypeScale } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import type { Agreements } from '../../schema/agreements';
import { plotGeometry, round, USUAL_SHAPE, type PlotShape } from './agreementsGeometry';
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
 * Denser shapes, tried in turn when the plot must fit a height: smaller squares, then wider notes
 * (the grid's column is the taller), then wider sectors (theirs is).
 */
const FIT_SHAPES: readonly PlotShape[] = [
  { leftShare: 0.4, maxUnit: 28 },
  { leftShare: 0.47, maxUnit: 28 },
  { leftShare: 0.4, maxUnit: 20 },
  { leftShare: 0.47, maxUnit: 20 },
  { leftShare: 0.55, maxUnit: 20 },
  { leftShare: 0.34, maxUnit: 28 },
  { leftShare: 0.3, maxUnit: 20 },
];

/**
 * The plot at `width`: the document grid with its notes, then the sectors beside them (wide) or
 * below them. It is never shorter than `minHeight`, so it fills the space the frame gives it.
 * Where the frame's height is fixed (a slide, an export size) and the notes under the grid run
 * past it, the grid's column widens until the two columns fit, rather than shrinking the text.
 */
export function layoutAgreementsPlot(
  input: PlotInput,
  width: number,
  minHeight: number,
): AgreementsPlot {
  let plot = layoutAt(input, width, minHeight, USUAL_SHAPE);
  if (minHeight <= 0 || plot.height <= minHeight) return plot;
  for (const shape of FIT_SHAPES) {
    const wider = layoutAt(input, width, minHeight, shape);
    if (wider.height < plot.height) plot = wider;
    if (plot.height <= minHeight) break;
  }
  return plot;
}

function layoutAt(
  { a, t, lang, selection, scale }: PlotInput,
  width: number,
  minHeight: number,
  shape: PlotShape,
): AgreementsPlot {
  const { k, body: fontSize } = scale;
  const g = plotGeometry(width, fontSize, k, shape);
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

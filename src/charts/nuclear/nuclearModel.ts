import { layoutFrame } from '../../figure/frame';
import type { Nuclear } from '../../schema/nuclear';
import type { ChartInput } from '../contract';
import type { NuclearText } from './text';
import { nuclearContext } from './nuclearContext';
import { nuclearFrameText } from './nuclearFrameText';
import { layoutPlot, partPanels, toFigureCoords } from './nuclearLayout';
import { nuclearCitations, nuclearQuotes } from './nuclearQuotes';
import { summariseNuclear } from './nuclearSummary';
import { nuclearTable } from './nuclearTable';
import type { NuclearFigure } from './nuclearTypes';

export { summariseNuclear } from './nuclearSummary';
export type { Bar, Label, NuclearFigure, NuclearPlot, Slot, StepDot } from './nuclearTypes';

export function buildNuclearFigure(
  input: ChartInput<{ nuclear: Nuclear }, NuclearText>,
): NuclearFigure {
  const ctx = nuclearContext(input);
  const { n, t, lang } = ctx;
  const text = nuclearFrameText(n, t, lang, input.sources);
  // The frame needs the plot's height at the width it offers before it can place the plot.
  // Three panels make at most three parts: asked for more, the chart draws itself whole.
  const split = input.size.part && input.size.part.count <= 3 ? input.size.part : undefined;
  const panels = (w: number) => partPanels(ctx, w, split?.count ?? 1)?.[split?.index ?? 0];
  const frame = layoutFrame(text, input.size, (w) => layoutPlot(ctx, w, panels(w)).plot.height);
  const { plot, marks } = layoutPlot(ctx, frame.plot.width, panels(frame.plot.width));
  return {
    text,
    frame,
    summary: summariseNuclear(n, t, lang),
    plot,
    marks: toFigureCoords(marks, frame.plot),
    table: nuclearTable(ctx),
    citations: nuclearCitations(n),
    quotes: nuclearQuotes(n, t),
    ...(split ? { part: split } : {}),
  };
}

import type { InteractiveMark } from '../../figure/model';
import { measureText, wrapText } from '../../figure/textMetrics';
import { withBreakSpaces } from '../../figure/lineBreaks';
import type { NuclearStep } from '../../schema/nuclear';
import type { NuclearContext } from './nuclearContext';
import { figureValue, round, stepYears, whenText } from './nuclearFormat';
import type { Label, NuclearPlot, Section, StepDot } from './nuclearTypes';

/** Where a step's parts go across the column: dates right-aligned, then the rail, then the text. */
interface RailGeometry {
  dateWidth: number;
  railX: number;
  textX: number;
  width: number;
}

function railGeometry(ctx: NuclearContext, width: number): RailGeometry {
  const { n, t, lang, k, small } = ctx;
  const dateWidth =
    Math.max(...n.steps.map((s) => measureText(whenText(s, t, lang), small, 600))) + 8 * k;
  const railX = dateWidth + 8 * k;
  return { dateWidth, railX, textX: railX + 12 * k, width };
}

/** The step's row is the target; it selects the step's first year. */
function stepMark(
  ctx: NuclearContext,
  s: NuclearStep,
  y: number,
  lineCount: number,
  width: number,
  selected: boolean,
): InteractiveMark {
  const { t, lang, small, src } = ctx;
  const when = whenText(s, t, lang);
  const figures = (s.figures ?? []).map((f) => t.stepFigure(f.label, figureValue(f, lang)));
  return {
    id: `step-${s.id}`,
    x: round(width / 2),
    y: round(y + (lineCount * small * 1.3) / 2),
    r: 12,
    box: { width: round(width), height: round(lineCount * small * 1.3 + 4) },
    label: t.sourced(t.stepMark(when, s.label, figures), src(s.source)),
    tooltip: {
      heading: when,
      value: s.label,
      ...(figures.length ? { note: t.stepNote(figures) } : s.quote ? { quote: s.quote } : {}),
      sourceId: s.source,
    },
    select: { key: 'year', value: stepYears(s)[0] ?? 0 },
    selected,
  };
}

/** One step at `y`: its date, its wrapped label, its dot on the rail; `next` is where the next goes. */
function layoutStep(ctx: NuclearContext, s: NuclearStep, y: number, g: RailGeometry) {
  const { t, lang, selection, small } = ctx;
  const lines = withBreakSpaces(wrapText(s.label, g.width - g.textX, small));
  const dotY = y + small * 0.6;
  const selected = selection.year !== undefined && stepYears(s).includes(selection.year);
  const labels: Label[] = [
    {
      x: round(g.dateWidth),
      y: round(y + small * 0.95),
      text: whenText(s, t, lang),
      size: small,
      weight: 600,
      color: s.target ? 'accent' : 'muted',
      anchor: 'end',
    },
    ...lines.map((line, i): Label => ({
      x: round(g.textX),
      y: round(y + small * 0.95 + i * small * 1.3),
      text: line,
      size: small,
      weight: 400,
      color: 'text',
    })),
  ];
  const dot: StepDot = {
    id: s.id,
    x: round(g.railX),
    y: round(dotY),
    target: s.target ?? false,
    selected,
  };
  const mark = stepMark(ctx, s, y, lines.length, g.width, selected);
  return {
    labels,
    dot,
    dotY,
    mark,
    next: y + (Math.max(lines.length, 1) * small * 1.3 + small * 0.7),
  };
}

/** The steps, as a vertical list on a rail, in a column `width` wide starting at `top`. */
export function layoutSteps(
  ctx: NuclearContext,
  top: number,
  width: number,
): Section & { steps: StepDot[]; rail: NuclearPlot['rail'] } {
  const { t, fs, small } = ctx;
  const g = railGeometry(ctx, width);
  const labels: Label[] = [{ x: 0, y: top, text: t.steps, size: fs, weight: 600, color: 'text' }];
  const steps: StepDot[] = [];
  const marks: InteractiveMark[] = [];
  const railTop = top + fs * 1.2;
  let y = railTop;
  let lastDotY = railTop;
  for (const s of ctx.n.steps) {
    const step = layoutStep(ctx, s, y, g);
    labels.push(...step.labels);
    steps.push(step.dot);
    marks.push(step.mark);
    lastDotY = step.dotY;
    y = step.next;
  }
  const rail = { x: round(g.railX), y1: round(railTop + small * 0.6), y2: round(lastDotY) };
  return { labels, marks, bottom: y, steps, rail };
}

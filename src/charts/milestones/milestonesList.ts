import type { InteractiveMark } from '../../figure/model';
import { keepBreakSpace } from '../../figure/lineBreaks';
import type { PlotText } from '../../figure/TextList';
import { measureText, wrapText } from '../../figure/textMetrics';
import type { Milestone } from '../../schema/milestones';
import { groupColor, type MilestonesContext } from './milestonesContext';
import { eventDate, eventStyle, eventYear, round } from './milestonesEvents';
import { eventMark } from './milestonesMarks';
import type { EventDot, PlotLayout, PlotLine } from './milestonesTypes';

/** Years between two rows from which the gap is marked: the rows are evenly spaced, time is not. */
const MARKED_GAP = 3;

/**
 * One column of rows starting at `x0`: dates end at `dateW`, then a rail per theme (or one rail
 * for all on a phone), then the titles.
 */
interface ListColumns {
  x0: number;
  dateW: number;
  railX: (e: Milestone) => number;
  rails: number[];
  textX: number;
  width: number;
}

interface ListRow {
  texts: PlotText[];
  dot: EventDot;
  dotY: number;
  mark: InteractiveMark;
  /** How far the next row starts below this one. */
  advance: number;
}

interface Column {
  rows: ListRow[];
  gaps: PlotText[];
  height: number;
}

function listColumns(
  ctx: MilestonesContext,
  x0: number,
  width: number,
  lanes: boolean,
): ListColumns {
  const { shown, lang, small, k, categories } = ctx;
  const dateW = Math.max(...shown.map((e) => measureText(eventDate(e, lang), small, 600))) + 6 * k;
  const first = x0 + dateW + 10 * k;
  const step = 14 * k;
  const rails = lanes ? categories.map((_, i) => first + i * step) : [first];
  const laneOf = new Map(categories.map((c, i) => [c.id, i]));
  return {
    x0,
    dateW,
    railX: (e) => (lanes ? (rails[laneOf.get(e.category) ?? 0] ?? first) : first),
    rails,
    textX: (rails.at(-1) ?? first) + 12 * k,
    width,
  };
}

/** One event as a row: its date, its whole title wrapped, a dot on its rail and a row-wide target. */
function listRow(ctx: MilestonesContext, e: Milestone, y: number, cols: ListColumns): ListRow {
  const { small, r } = ctx;
  const titleLines = wrapText(e.title, cols.x0 + cols.width - cols.textX, small);
  const { dimmed, emphasis } = eventStyle(e, ctx.selection);
  const dateText: PlotText = {
    x: round(cols.x0 + cols.dateW),
    y: round(y + small * 0.95),
    text: eventDate(e, ctx.lang),
    size: small,
    weight: 600,
    color: 'muted',
    anchor: 'end',
    dimmed,
  };
  const titleTexts = titleLines.map((line, j): PlotText => ({
    x: round(cols.textX),
    y: round(y + small * 0.95 + j * small * 1.3),
    text: keepBreakSpace(line, titleLines[j + 1]),
    size: small,
    weight: emphasis ? 600 : 400,
    color: 'text',
    dimmed,
  }));
  const dotY = y + small * 0.6;
  const dot: EventDot = {
    id: e.id,
    x: round(cols.railX(e)),
    y: round(dotY),
    r,
    color: groupColor(ctx, e.category),
    dimmed,
    emphasis,
  };
  const h = titleLines.length * small * 1.3;
  const mark = eventMark(ctx, e, cols.x0 + cols.width / 2, y + h / 2, {
    width: round(cols.width),
    height: round(h + 2),
  });
  return { texts: [dateText, ...titleTexts], dot, dotY, mark, advance: h + small * 0.6 };
}

/** The mark of a long gap between two rows, in the date column: `+7 years`. */
function gapText(ctx: MilestonesContext, years: number, y: number, cols: ListColumns): PlotText {
  return {
    x: round(cols.x0 + cols.dateW),
    y: round(y + ctx.small * 0.75),
    text: ctx.t.gap(years),
    size: ctx.small,
    weight: 400,
    color: 'muted',
    anchor: 'end',
  };
}

/** Rows down one column, with extra room and a note where years pass between two rows. */
function layoutColumn(ctx: MilestonesContext, events: readonly Milestone[], cols: ListColumns) {
  const rows: ListRow[] = [];
  const gaps: PlotText[] = [];
  let y = ctx.fs * 0.4;
  let before: Milestone | undefined;
  for (const e of events) {
    const years = before ? eventYear(e) - eventYear(before) : 0;
    if (years >= MARKED_GAP) {
      gaps.push(gapText(ctx, years, y, cols));
      y += ctx.small * 1.2;
    }
    const row = listRow(ctx, e, y, cols);
    rows.push(row);
    y += row.advance;
    before = e;
  }
  return { rows, gaps, height: y };
}

/** The rails of a column, from its first row to its last. */
function rails(column: Column, cols: ListColumns): PlotLine[] {
  const top = column.rows[0]?.dotY ?? 0;
  const bottom = column.rows.at(-1)?.dotY ?? 0;
  return cols.rails.map((x) => ({
    x1: round(x),
    y1: round(top),
    x2: round(x),
    y2: round(bottom),
    color: 'grid',
  }));
}

/**
 * How tall each event's row is in one column of the layout at `width` (with the note of a long
 * gap before it, as in the whole list): the weights a chart split over slides shares out.
 */
export function rowHeights(
  ctx: MilestonesContext,
  width: number,
  { lanes, columns }: { lanes: boolean; columns: 1 | 2 },
): number[] {
  const gutter = 28 * ctx.k;
  const colWidth = columns === 2 ? (width - gutter) / 2 : width;
  const cols = listColumns({ ...ctx, shown: ctx.events }, 0, colWidth, lanes);
  let before: Milestone | undefined;
  return ctx.events.map((e) => {
    const gap = before && eventYear(e) - eventYear(before) >= MARKED_GAP ? ctx.small * 1.2 : 0;
    before = e;
    return gap + listRow(ctx, e, 0, cols).advance;
  });
}

/** Where to cut the events into two columns of about the same height: the later events right. */
function splitEvents(ctx: MilestonesContext, colsAt: (i: number) => ListColumns): number {
  const events = ctx.shown;
  let best = Math.ceil(events.length / 2);
  let bestHeight = Infinity;
  for (let i = 1; i < events.length; i++) {
    const h = Math.max(
      layoutColumn(ctx, events.slice(0, i), colsAt(0)).height,
      layoutColumn(ctx, events.slice(i), colsAt(1)).height,
    );
    if (h < bestHeight) [best, bestHeight] = [i, h];
  }
  return best;
}

/**
 * Every event as a row with its whole title, in time order, so that every title can be read
 * without hovering at any width. A phone gets one rail; a wider plot a rail per theme (the
 * themes' lanes, in the legend's order), and a wide one two columns side by side.
 */
export function layoutList(
  ctx: MilestonesContext,
  width: number,
  { lanes, columns }: { lanes: boolean; columns: 1 | 2 },
): PlotLayout {
  const gutter = 28 * ctx.k;
  const colWidth = columns === 2 ? (width - gutter) / 2 : width;
  const colsAt = (i: number) => listColumns(ctx, i * (colWidth + gutter), colWidth, lanes);
  const split = columns === 2 ? splitEvents(ctx, colsAt) : ctx.shown.length;
  const parts = [ctx.shown.slice(0, split), ctx.shown.slice(split)].filter((p) => p.length > 0);
  const laid = parts.map((events, i) => ({ column: layoutColumn(ctx, events, colsAt(i)), i }));
  return {
    plot: {
      width,
      height: Math.ceil(Math.max(...laid.map(({ column }) => column.height))),
      k: ctx.k,
      dots: laid.flatMap(({ column }) => column.rows.map((row) => row.dot)),
      texts: laid.flatMap(({ column }) => [
        ...column.gaps,
        ...column.rows.flatMap((row) => row.texts),
      ]),
      lines: laid.flatMap(({ column, i }) => rails(column, colsAt(i))),
    },
    marks: laid.flatMap(({ column }) => column.rows.map((row) => row.mark)),
  };
}

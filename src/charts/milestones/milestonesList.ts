import type { InteractiveMark } from '../../figure/model';
import type { PlotText } from '../../figure/TextList';
import { measureText, wrapText } from '../../figure/textMetrics';
import type { Milestone } from '../../schema/milestones';
import { groupColor, type MilestonesContext } from './milestonesContext';
import { eventDate, eventStyle, round } from './milestonesEvents';
import { eventMark } from './milestonesMarks';
import type { EventDot, PlotLayout, PlotLine } from './milestonesTypes';

/** Dates end at `dateW`, the rail runs at `railX`, titles start at `textX`. */
interface ListColumns {
  dateW: number;
  railX: number;
  textX: number;
}

interface ListRow {
  texts: PlotText[];
  dot: EventDot;
  dotY: number;
  mark: InteractiveMark;
  /** How far the next row starts below this one. */
  advance: number;
}

function listColumns(ctx: MilestonesContext): ListColumns {
  const { events, lang, small, k } = ctx;
  const dateW = Math.max(...events.map((e) => measureText(eventDate(e, lang), small, 600))) + 6 * k;
  const railX = dateW + 10 * k;
  return { dateW, railX, textX: railX + 12 * k };
}

/** One event as a row: its date, its wrapped title, a dot on the rail and a row-wide target. */
function listRow(
  ctx: MilestonesContext,
  e: Milestone,
  y: number,
  width: number,
  cols: ListColumns,
): ListRow {
  const { small, r } = ctx;
  const titleLines = wrapText(e.title, width - cols.textX, small);
  const { dimmed, emphasis } = eventStyle(e, ctx.selection);
  const dateText: PlotText = {
    x: round(cols.dateW),
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
    text: line,
    size: small,
    weight: emphasis ? 600 : 400,
    color: 'text',
    dimmed,
  }));
  const dotY = y + small * 0.6;
  const dot: EventDot = {
    id: e.id,
    x: round(cols.railX),
    y: round(dotY),
    r,
    color: groupColor(ctx, e.category),
    dimmed,
    emphasis,
  };
  const h = titleLines.length * small * 1.3;
  const mark = eventMark(ctx, e, width / 2, y + h / 2, {
    width: round(width),
    height: round(h + 2),
  });
  return { texts: [dateText, ...titleTexts], dot, dotY, mark, advance: h + small * 0.6 };
}

/** A list down the page: each event gets a row, so nothing overlaps at phone width. */
export function layoutList(ctx: MilestonesContext, width: number): PlotLayout {
  const cols = listColumns(ctx);
  const rows: ListRow[] = [];
  let y = ctx.fs * 0.4;
  for (const e of ctx.events) {
    const row = listRow(ctx, e, y, width, cols);
    rows.push(row);
    y += row.advance;
  }
  const rail: PlotLine = {
    x1: round(cols.railX),
    y1: round(rows[0]?.dotY ?? 0),
    x2: round(cols.railX),
    y2: round(rows.at(-1)?.dotY ?? 0),
    color: 'grid',
  };
  return {
    plot: {
      width,
      height: Math.ceil(y),
      k: ctx.k,
      orientation: 'vertical',
      dots: rows.map((row) => row.dot),
      texts: rows.flatMap((row) => row.texts),
      lines: [rail],
    },
    marks: rows.map((row) => row.mark),
  };
}

import type { InteractiveMark } from '../../figure/model';
import { describeSource } from '../../i18n/sourceWords';
import type { Milestone } from '../../schema/milestones';
import type { MilestonesContext } from './milestonesContext';
import { categoryLabel, eventDate, eventYear, figureText, markId, round } from './milestonesEvents';

/** The hit target for one event, in plot coordinates; `box` makes it a row-wide rectangle. */
export function eventMark(
  ctx: MilestonesContext,
  e: Milestone,
  x: number,
  y: number,
  box?: { width: number; height: number },
): InteractiveMark {
  const { t, lang, sources, selection } = ctx;
  const figures = figureText(e, t, lang);
  const date = eventDate(e, lang);
  const year = eventYear(e);
  return {
    id: markId(e),
    x: round(x),
    y: round(y),
    r: Math.max(ctx.r * 2, 12),
    ...(box ? { box } : {}),
    label: t.markLabel(
      date,
      e.title,
      categoryLabel(ctx.categories, e),
      figures,
      describeSource(sources.byId.get(e.source), lang),
    ),
    tooltip: {
      heading: date,
      value: e.title,
      ...(figures ? { note: figures } : e.quote ? { quote: e.quote } : {}),
      sourceId: e.source,
    },
    select: { key: 'year', value: year },
    selected: selection.year === year,
  };
}

/**
 * Moves the marks from plot into figure coordinates and puts them in time order: keyboard order
 * follows time, whatever the lanes.
 */
export function marksInFigure(
  marks: readonly InteractiveMark[],
  events: readonly Milestone[],
  plotOrigin: { x: number; y: number },
): InteractiveMark[] {
  const timeIndex = new Map<string, number>();
  events.forEach((e, i) => {
    if (!timeIndex.has(markId(e))) timeIndex.set(markId(e), i);
  });
  const at = (mark: InteractiveMark) => timeIndex.get(mark.id) ?? -1;
  return marks
    .map((mark) => ({
      ...mark,
      x: round(mark.x + plotOrigin.x),
      y: round(mark.y + plotOrigin.y),
    }))
    .sort((a, b) => at(a) - at(b));
}

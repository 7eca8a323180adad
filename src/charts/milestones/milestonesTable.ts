import type { DataTable, Quote, TableColumn } from '../../figure/model';
import { describeSource } from '../../i18n/sourceWords';
import type { MilestonesContext } from './milestonesContext';
import { categoryLabel, eventDate, figureText } from './milestonesEvents';

function tableColumns(ctx: MilestonesContext): TableColumn[] {
  const { columns } = ctx.t;
  return [
    { key: 'date', label: columns.date },
    { key: 'category', label: columns.category },
    { key: 'event', label: columns.event },
    { key: 'source', label: columns.source },
  ];
}

/** One row per event, in time order; the event cell carries its figures in words. */
function tableRows(ctx: MilestonesContext): DataTable['rows'] {
  const { t, lang } = ctx;
  return ctx.events.map((e) => {
    const figures = figureText(e, t, lang);
    return {
      id: e.id,
      cells: {
        date: eventDate(e, lang),
        category: categoryLabel(ctx.categories, e),
        event: figures ? t.eventWithFigures(e.title, figures) : e.title,
        source: describeSource(ctx.sources.byId.get(e.source), lang),
      },
      sourceId: e.source,
    };
  });
}

export function milestonesTable(ctx: MilestonesContext): DataTable {
  return {
    caption: ctx.t.caption(ctx.firstYear, ctx.lastYear),
    columns: tableColumns(ctx),
    rows: tableRows(ctx),
  };
}

/** The sources' own words quoted by events, each tied to the event's date. */
export function milestonesQuotes(ctx: MilestonesContext): Quote[] {
  return ctx.events
    .filter((e) => e.quote !== undefined)
    .map((e) => ({
      quote: e.quote ?? '',
      sourceId: e.source,
      supports: ctx.t.supports(eventDate(e, ctx.lang)),
    }));
}

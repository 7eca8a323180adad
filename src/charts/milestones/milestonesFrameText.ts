import type { FrameText, LegendEntry } from '../../figure/frame';
import { sourcePublisher } from '../../i18n/sourceWords';
import { groupColor, type MilestonesContext } from './milestonesContext';
import { eventYear } from './milestonesEvents';

/** One legend entry per theme, in the data's order, which is also the lanes' order. */
function legend(ctx: MilestonesContext): LegendEntry[] {
  return ctx.categories.map((c) => ({
    key: c.id,
    label: c.label,
    color: groupColor(ctx, c.id),
    symbols: ['circle'],
  }));
}

/** The publishers behind the events, each named once, by the first part of its description. */
function sourceNames(ctx: MilestonesContext): string[] {
  return [...new Set(ctx.events.map((e) => sourcePublisher(ctx.sources.byId.get(e.source))))];
}

/** Title, subtitle, legend and source line around the plot. */
export function frameText(ctx: MilestonesContext): FrameText {
  const { t, events, firstYear, lastYear } = ctx;
  const recent = events.filter((e) => eventYear(e) >= lastYear - 2).length;
  return {
    title: t.title(events.length, firstYear, recent, lastYear - 2, lastYear),
    subtitle: t.subtitle,
    legend: legend(ctx),
    source: t.source(sourceNames(ctx)),
  };
}

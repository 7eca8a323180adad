import { figureType } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import type { Milestone, Milestones } from '../../schema/milestones';
import type { SourceIndex } from '../../schema/sources';
import type { ChartInput } from '../contract';
import { eventYear, inTimeOrder, round } from './milestonesEvents';
import type { GroupColor } from './milestonesTypes';
import type { MilestonesText } from './text';

const GROUP_COLORS: GroupColor[] = ['group1', 'group2', 'group3', 'group4'];

/** What every stage of the figure reads, derived once from the chart input and never changed. */
export interface MilestonesContext {
  categories: Milestones['categories'];
  /** In time order. */
  events: Milestone[];
  /** The events the plot draws: all of them, or a slide part's share (see partEvents). */
  shown: Milestone[];
  t: MilestonesText;
  lang: Language;
  sources: SourceIndex;
  selection: Selection;
  colorOf: ReadonlyMap<string, GroupColor>;
  firstYear: number;
  lastYear: number;
  /** Multiplier for strokes, radii and paddings. */
  k: number;
  /** Body type size, the unit of vertical spacing. */
  fs: number;
  /** Type size of every text in the plot. */
  small: number;
  /** Dot radius. */
  r: number;
}

export function milestonesContext({
  data: { milestones: m },
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<{ milestones: Milestones }, MilestonesText>): MilestonesContext {
  const events = inTimeOrder(m.events);
  const years = events.map(eventYear);
  // The type scale follows the whole figure's width, not the plot's, so text matches the frame.
  const { k, body } = figureType(size);
  return {
    categories: m.categories,
    events,
    shown: events,
    t,
    lang,
    sources,
    selection,
    colorOf: new Map(m.categories.map((c, i) => [c.id, GROUP_COLORS[i % 4] ?? 'group1'])),
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    k,
    fs: body,
    small: body * 0.92,
    r: round(5 * k),
  };
}

export function groupColor(ctx: MilestonesContext, categoryId: string): GroupColor {
  return ctx.colorOf.get(categoryId) ?? 'group1';
}

import type { Selection } from '../../figure/selection';
import type { Agreements } from '../../schema/agreements';
import { round, type PlotGeometry } from './agreementsGeometry';
import { sectorsOfTheme } from './agreementsLookups';
import { colourPill, flowPills, themeColors } from './agreementsPills';
import type { GroupColor, Pill, TextLine, ThemeBlock } from './agreementsTypes';
import type { AgreementsText } from './text';

type Theme = Agreements['themes'][number];

const BLOCK_GAP = 20;

interface PlacedTheme {
  block: ThemeBlock;
  pills: Pill[];
  height: number;
}

/** One theme: its heading at `y`, its sectors as pills beneath it. */
function placeTheme(
  a: Agreements,
  th: Theme,
  color: GroupColor,
  at: { x: number; y: number; width: number },
  selection: Selection,
  g: PlotGeometry,
): PlacedTheme {
  const { fontSize, k } = g;
  const block: ThemeBlock = {
    id: th.id,
    label: th.label,
    color,
    x: round(at.x),
    y: round(at.y + fontSize),
    width: round(at.width),
  };
  const flow = flowPills(
    sectorsOfTheme(a, th.id),
    at.x,
    at.y + fontSize * 1.7,
    at.width,
    fontSize,
    k,
  );
  return {
    block,
    pills: flow.placed.map((p) => colourPill(p, color, selection)),
    height: fontSize * 1.7 + flow.height,
  };
}

export interface ThemeColumn {
  themes: ThemeBlock[];
  pills: Pill[];
  /** The lower edge of the last row of themes. */
  bottom: number;
}

/**
 * The themes in a grid of one or two columns, from `top` down. A row is as tall as its tallest
 * theme, so neighbouring headings line up.
 */
export function layoutThemes(
  a: Agreements,
  selection: Selection,
  g: PlotGeometry,
  top: number,
): ThemeColumn {
  const { fontSize, k } = g;
  const colors = themeColors(a);
  const blockCols = g.rightWidth >= 520 ? 2 : 1;
  const blockWidth = (g.rightWidth - (blockCols - 1) * BLOCK_GAP * k) / blockCols;
  const themes: ThemeBlock[] = [];
  const pills: Pill[] = [];
  let y = top;
  let rowHeight = 0;
  for (const [i, th] of a.themes.entries()) {
    const col = i % blockCols;
    if (col === 0 && i > 0) {
      y += rowHeight + fontSize * 1.1;
      rowHeight = 0;
    }
    const x = g.rightX + col * (blockWidth + BLOCK_GAP * k);
    const color = colors.get(th.id) ?? 'group1';
    const placed = placeTheme(a, th, color, { x, y, width: blockWidth }, selection, g);
    themes.push(placed.block);
    pills.push(...placed.pills);
    rowHeight = Math.max(rowHeight, placed.height);
  }
  return { themes, pills, bottom: y + rowHeight };
}

export interface SectorsColumn extends ThemeColumn {
  heading: TextLine;
}

/** The sectors part of the plot: a heading line, then the themes with their sector pills. */
export function layoutSectors(
  a: Agreements,
  t: AgreementsText,
  selection: Selection,
  g: PlotGeometry,
  top: number,
): SectorsColumn {
  const heading: TextLine = {
    x: round(g.rightX),
    y: round(top + g.fontSize),
    text: t.plot.sectorsHeading(a.sectors.items.length, a.themes.length),
    weight: 600,
    color: 'text',
  };
  return { heading, ...layoutThemes(a, selection, g, top + g.fontSize * 1.9) };
}

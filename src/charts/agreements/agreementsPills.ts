import { measureText } from '../../figure/textMetrics';
import type { Selection } from '../../figure/selection';
import type { Agreements } from '../../schema/agreements';
import { round } from './agreementsGeometry';
import type { GroupColor, Pill } from './agreementsTypes';

const GROUP_COLORS: GroupColor[] = ['group1', 'group2', 'group3', 'group4'];

/** Each theme's colour, cycling through the four group colours in theme order. */
export function themeColors(a: Agreements): Map<string, GroupColor> {
  return new Map(a.themes.map((th, i) => [th.id, GROUP_COLORS[i % 4] ?? 'group1']));
}

export type PlacedPill = Pick<Pill, 'id' | 'label' | 'x' | 'y' | 'width' | 'height'>;

export interface PillFlow {
  placed: PlacedPill[];
  height: number;
}

/** Lays pills left to right, wrapping within `width`; returns them and the height used. */
export function flowPills(
  items: { id: string; label: string }[],
  x0: number,
  y0: number,
  width: number,
  fontSize: number,
  k: number,
): PillFlow {
  const h = round(fontSize * 2.1);
  const gap = round(6 * k);
  const padX = fontSize * 0.75;
  let x = x0;
  let y = y0;
  const placed: PlacedPill[] = [];
  for (const item of items) {
    const w = round(Math.min(measureText(item.label, fontSize) + padX * 2, width));
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += h + gap;
    }
    placed.push({ id: item.id, label: item.label, x: round(x), y: round(y), width: w, height: h });
    x += w + gap;
  }
  return { placed, height: items.length === 0 ? 0 : y - y0 + h };
}

/** A selected sector fills its pill; the others fade so the selection stands out. */
export function colourPill(placed: PlacedPill, color: GroupColor, selection: Selection): Pill {
  return {
    ...placed,
    color,
    selected: selection.sector === placed.id,
    dimmed: selection.sector !== undefined && selection.sector !== placed.id,
  };
}

import { measureText } from '../../figure/textMetrics';
import type { FocusCountries } from './mapProjection';
import {
  round,
  type Box,
  type CountryLabel,
  type MapPoint,
  type PlotLayout,
  type TradeLine,
} from './mapTypes';
import type { MapText } from './text';

/** Each country's name written across it, a little below its centroid. */
export function countryLabels(
  { kz, cn }: FocusCountries,
  t: MapText,
  { path, height }: PlotLayout,
): CountryLabel[] {
  return [
    ...(kz ? [{ f: kz, text: t.countryLabels.kz, role: 'kz' as const }] : []),
    ...(cn ? [{ f: cn, text: t.countryLabels.cn, role: 'cn' as const }] : []),
  ].map(({ f, text: label, role }) => {
    const [x, y] = path.centroid(f);
    return {
      x: round(x),
      y: round(y + (role === 'cn' ? height * 0.05 : height * 0.04)),
      text: label,
      role,
    };
  });
}

/** The trade label, the country names and every place's symbol: place names keep off them. */
export function occupiedBoxes(
  trade: TradeLine | undefined,
  names: readonly CountryLabel[],
  points: readonly MapPoint[],
  symbolSize: number,
  fontSize: number,
): Box[] {
  const tradeBoxes = trade
    ? [centredBox(trade.label, measureText(trade.label.text, fontSize, 600), fontSize)]
    : [];
  // Country names are set larger and letter-spaced (see the view), hence the wider measure.
  const nameBoxes = names.map((c) =>
    centredBox(c, measureText(c.text, fontSize * 1.1, 600) * 1.15, fontSize),
  );
  const symbolBoxes = points.map((p): Box => [
    p.x - symbolSize,
    p.y - symbolSize,
    p.x + symbolSize,
    p.y + symbolSize,
  ]);
  return [...tradeBoxes, ...nameBoxes, ...symbolBoxes];
}

/** The box of a middle-anchored line of text `w` wide whose baseline is at `y`. */
function centredBox({ x, y }: { x: number; y: number }, w: number, fontSize: number): Box {
  return [x - w / 2, y - fontSize, x + w / 2, y + 3];
}

interface LabelOption {
  dx: number;
  dy: number;
  anchor: NonNullable<MapPoint['label']>['anchor'];
  box: Box;
}

/** Where a point's name may go, in order of preference: right of it, left, above, below. */
function labelOptions({ x, y, side }: MapPoint, w: number, h: number, gap: number): LabelOption[] {
  const right: LabelOption = {
    dx: gap,
    dy: h * 0.35,
    anchor: 'start',
    box: [x + gap, y - h * 0.65, x + gap + w, y + h * 0.35],
  };
  const left: LabelOption = {
    dx: -gap,
    dy: h * 0.35,
    anchor: 'end',
    box: [x - gap - w, y - h * 0.65, x - gap, y + h * 0.35],
  };
  // A border crossing's name stays on its own country's side, above or below if not beside.
  if (side === 'west' || side === 'east') {
    const end = side === 'west';
    const x0 = end ? x + gap * 0.3 - w : x - gap * 0.3;
    const dx = end ? gap * 0.3 : -gap * 0.3;
    const anchor = end ? 'end' : 'start';
    return [
      end ? left : right,
      { dx, dy: -gap - 2, anchor, box: [x0, y - gap - h - 2, x0 + w, y - gap] },
      { dx, dy: gap + h * 0.8, anchor, box: [x0, y + gap - h * 0.2, x0 + w, y + gap + h * 0.8] },
    ];
  }
  return [
    right,
    left,
    {
      dx: 0,
      dy: -gap - 2,
      anchor: 'middle',
      box: [x - w / 2, y - gap - h - 2, x + w / 2, y - gap],
    },
    {
      dx: 0,
      dy: gap + h * 0.8,
      anchor: 'middle',
      box: [x - w / 2, y + gap - h * 0.2, x + w / 2, y + gap + h * 0.8],
    },
  ];
}

/** Inside the plot and overlapping nothing already taken. */
function fits(box: Box, width: number, height: number, taken: readonly Box[]): boolean {
  return (
    box[0] >= 0 &&
    box[2] <= width &&
    box[1] >= 0 &&
    box[3] <= height &&
    !taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])
  );
}

/**
 * Each point's name beside it where it fits, in the points' order (the selected place first, then
 * top to bottom), each placed name taking its room from the later ones; a name that fits nowhere
 * is left to the tooltip.
 */
export function labelPoints(
  points: readonly MapPoint[],
  occupied: readonly Box[],
  symbolSize: number,
  { width, height, k, fontSize }: PlotLayout,
): MapPoint[] {
  const taken = [...occupied];
  const gap = symbolSize + 3 * k;
  const out: MapPoint[] = [];
  for (const p of points) {
    const w = measureText(p.name, fontSize, 600);
    const spot = labelOptions(p, w, fontSize, gap).find((o) => fits(o.box, width, height, taken));
    if (spot) taken.push(spot.box);
    out.push(
      spot ? { ...p, label: { dx: round(spot.dx), dy: round(spot.dy), anchor: spot.anchor } } : p,
    );
  }
  return out;
}

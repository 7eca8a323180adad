import type { InteractiveMark } from '../../figure/model';
import { wrapText } from '../../figure/textMetrics';
import { withBreakSpaces } from '../../figure/lineBreaks';
import { isChina } from './text';
import type { NuclearContext } from './nuclearContext';
import { round } from './nuclearFormat';
import type {
  Color,
  Label,
  NuclearPlant,
  NuclearPlot,
  Partner,
  Section,
  Slot,
} from './nuclearTypes';

interface SlotLine {
  text: string;
  weight: 400 | 600;
  color: Color;
  size: number;
}

/** How the slots sit: all in one row when there is room, else one per row. */
interface SlotGrid {
  perRow: number;
  slotW: number;
  slotGap: number;
}

/** One slot placed, before the slots of a row are given the same height. */
interface PlacedSlot {
  ordinal: number;
  plant: NuclearPlant | undefined;
  lead: Partner | undefined;
  x: number;
  y: number;
  height: number;
  labels: Label[];
}

function slotGrid(ctx: NuclearContext, width: number): SlotGrid {
  const count = ctx.n.plannedPlants.max;
  const slotGap = 12 * ctx.k;
  const perRow = width >= 560 ? count : 1;
  return { perRow, slotW: (width - slotGap * (perRow - 1)) / perRow, slotGap };
}

/** What is known of a plant beyond who leads it: site, reactors and capacity, cost, completion. */
function plantDetailLines(plant: NuclearPlant, ctx: NuclearContext): SlotLine[] {
  const { t, small } = ctx;
  const line = (text: string): SlotLine => ({ text, weight: 400, color: 'text', size: small });
  const lines: SlotLine[] = [line(plant.lead.status)];
  if (plant.site) lines.push(line(t.siteLine(plant.site.name)));
  if (plant.reactors || plant.capacityGw) {
    const parts = [
      plant.reactors ? `${plant.reactors.units} × ${plant.reactors.design}` : '',
      plant.capacityGw ? t.capacityGw(plant.capacityGw.value) : '',
    ].filter(Boolean);
    lines.push(line(t.specs(parts)));
  }
  if (plant.costUsdBn)
    lines.push(line(t.costLine(t.cost(plant.costUsdBn.min, plant.costUsdBn.max))));
  if (plant.completion) {
    const years = t.yearRange(plant.completion.fromYear, plant.completion.toYear);
    lines.push(line(t.completionLine(years)));
  }
  return lines;
}

/** A slot's text, top to bottom: which plant (marked if only in the larger plan), its lead, details. */
function slotLines(
  ordinal: number,
  plant: NuclearPlant | undefined,
  lead: Partner | undefined,
  ctx: NuclearContext,
): SlotLine[] {
  const { n, t, fs, small } = ctx;
  const optional = ordinal > n.plannedPlants.min;
  const lines: SlotLine[] = [
    {
      text: optional ? t.plantIfThree(ordinal) : t.plant(ordinal),
      weight: 600,
      color: 'muted',
      size: small,
    },
  ];
  if (lead)
    lines.push({
      text: lead.name,
      weight: 600,
      color: isChina(lead.country, t) ? 'cn' : 'text',
      size: fs,
    });
  if (plant) lines.push(...plantDetailLines(plant, ctx));
  return lines;
}

/** Wraps a slot's lines inside its padding; returns them and where the text ends. */
function slotText(
  lines: SlotLine[],
  x: number,
  y: number,
  width: number,
  ctx: NuclearContext,
): { labels: Label[]; end: number } {
  const pad = 10 * ctx.k;
  const labels: Label[] = [];
  let ly = y + pad + ctx.fs * 0.9;
  for (const l of lines) {
    for (const part of withBreakSpaces(wrapText(l.text, width - pad * 2, l.size, l.weight))) {
      labels.push({
        x: round(x + pad),
        y: round(ly),
        text: part,
        size: l.size,
        weight: l.weight,
        color: l.color,
      });
      ly += l.size * 1.35;
    }
  }
  return { labels, end: ly };
}

/** Places every planned slot, each as tall as its own text; a slot under another starts below it. */
function placeSlots(ctx: NuclearContext, grid: SlotGrid, top: number): PlacedSlot[] {
  const { n } = ctx;
  const { perRow, slotW, slotGap } = grid;
  const pad = 10 * ctx.k;
  const placed: PlacedSlot[] = [];
  let rowBottom = top;
  for (let i = 1; i <= n.plannedPlants.max; i++) {
    const plant = n.plants.find((p) => p.ordinal === i);
    const lead = plant ? ctx.partners.get(plant.lead.partner) : undefined;
    const col = (i - 1) % perRow;
    const row = Math.floor((i - 1) / perRow);
    const x = col * (slotW + slotGap);
    const y = row === 0 ? top : rowBottom + slotGap;
    const text = slotText(slotLines(i, plant, lead, ctx), x, y, slotW, ctx);
    const height = text.end - y + pad * 0.4;
    placed.push({ ordinal: i, plant, lead, x, y, height, labels: text.labels });
    rowBottom = Math.max(rowBottom, y + height);
  }
  return placed;
}

/** Slots side by side take the tallest one's (rounded) height, so they line up. */
function equaliseRow(placed: PlacedSlot[], perRow: number): PlacedSlot[] {
  if (perRow === 1) return placed;
  const height = Math.max(...placed.map((p) => round(p.height)));
  return placed.map((p) => ({ ...p, height }));
}

function toSlot(p: PlacedSlot, slotW: number, ctx: NuclearContext): Slot {
  const { n, t, selection } = ctx;
  return {
    id: p.plant?.id ?? `plant-${p.ordinal}`,
    x: round(p.x),
    y: round(p.y),
    width: round(slotW),
    height: round(p.height),
    optional: p.ordinal > n.plannedPlants.min,
    selected: p.plant?.site?.place !== undefined && p.plant.site.place === selection.place,
    accent: p.lead && isChina(p.lead.country, t) ? 'cn' : 'neutral',
  };
}

function plantFacts(plant: NuclearPlant, lead: Partner | undefined, ctx: NuclearContext) {
  const { t } = ctx;
  return [
    t.leadFact(lead?.name ?? plant.lead.partner, plant.lead.status),
    plant.site ? t.siteFact(plant.site.name) : '',
    plant.capacityGw ? t.capacityGw(plant.capacityGw.value) : '',
    plant.costUsdBn ? t.cost(plant.costUsdBn.min, plant.costUsdBn.max) : '',
    plant.completion
      ? t.completionFact(t.yearRange(plant.completion.fromYear, plant.completion.toYear))
      : '',
  ].filter(Boolean);
}

/** The whole slot is the target; a plant with a known site selects that place. */
function plantMark(
  p: PlacedSlot,
  plant: NuclearPlant,
  slotW: number,
  ctx: NuclearContext,
): InteractiveMark {
  const { t, selection, src } = ctx;
  const facts = plantFacts(plant, p.lead, ctx);
  return {
    id: `plant-${plant.id}`,
    x: p.x + slotW / 2,
    y: p.y + p.height / 2,
    r: 16,
    box: { width: slotW, height: p.height },
    label: t.sourced(t.plantMark(plant.ordinal, t.facts(facts)), src(plant.lead.source)),
    tooltip: {
      heading: t.plant(plant.ordinal),
      value: p.lead?.name ?? plant.lead.partner,
      note: t.facts(facts.slice(1)) || plant.lead.status,
      sourceId: plant.lead.source,
    },
    ...(plant.site?.place
      ? {
          select: { key: 'place' as const, value: plant.site.place },
          selected: plant.site.place === selection.place,
        }
      : {}),
  };
}

/**
 * The planned range over the slots: solid over the certain minimum, dashed beyond it, with the
 * plan's own words at its end.
 */
function layoutRange(
  ctx: NuclearContext,
  width: number,
  rangeY: number,
  grid: SlotGrid,
): { range: NuclearPlot['range']; label: Label; mark: InteractiveMark } {
  const { n, t, k, fs, small, src } = ctx;
  const { perRow, slotW, slotGap } = grid;
  const minEdge = perRow > 1 ? n.plannedPlants.min * (slotW + slotGap) - slotGap : width;
  return {
    range: { x1: 0, x2: round(width), xSplit: round(minEdge), y: round(rangeY) },
    label: {
      x: round(width),
      y: round(rangeY - fs * 0.35),
      text: t.quoted(n.plannedPlants.label),
      size: small,
      weight: 600,
      color: 'accent',
      anchor: 'end',
    },
    mark: {
      id: 'planned-range',
      x: width / 2,
      y: rangeY,
      r: 14,
      box: { width: Math.min(width, 260 * k), height: 24 },
      label: t.sourced(
        t.rangeMark(n.plannedPlants.label, n.plannedPlants.min, n.plannedPlants.max),
        src(n.plannedPlants.source),
      ),
      tooltip: {
        heading: t.plantsPlanned,
        value: t.rangeValue(n.plannedPlants.min, n.plannedPlants.max),
        quote: n.plannedPlants.quote,
        sourceId: n.plannedPlants.source,
      },
    },
  };
}

/** The planned plants: a heading, the range, and a slot for each plant the plan allows. */
export function layoutPlants(
  ctx: NuclearContext,
  width: number,
): Section & { slots: Slot[]; range: NuclearPlot['range'] } {
  const { t, fs } = ctx;
  const rangeY = fs + fs * 0.9;
  const slotTop = rangeY + fs * 1.6;
  const grid = slotGrid(ctx, width);
  const placed = equaliseRow(placeSlots(ctx, grid, slotTop), grid.perRow);
  const range = layoutRange(ctx, width, rangeY, grid);
  const plantMarks = placed.flatMap((p) =>
    p.plant ? [plantMark(p, p.plant, grid.slotW, ctx)] : [],
  );
  return {
    labels: [
      { x: 0, y: fs, text: t.plantsPlanned, size: fs, weight: 600, color: 'text' },
      ...placed.flatMap((p) => p.labels),
      range.label,
    ],
    marks: [...plantMarks, range.mark],
    bottom: Math.max(slotTop, ...placed.map((p) => p.y + p.height)),
    slots: placed.map((p) => toSlot(p, grid.slotW, ctx)),
    range: range.range,
  };
}

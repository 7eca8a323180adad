import type { InteractiveMark } from '../../figure/model';
import type { NuclearContext } from './nuclearContext';
import { layoutFuel } from './nuclearFuel';
import { round } from './nuclearFormat';
import { layoutPlants } from './nuclearSlots';
import { layoutSteps } from './nuclearSteps';
import type { Column, NuclearPlot, Panel } from './nuclearTypes';

const WIDE_FROM = 760;

/** Steps and fuel side by side when the plot is wide enough, else the fuel under the steps. */
function lowerColumns(width: number, k: number): { wide: boolean; steps: Column; fuel: Column } {
  const wide = width >= WIDE_FROM;
  const colGap = 28 * k;
  const stepsWidth = wide ? width * 0.52 : width;
  const fuelX = wide ? stepsWidth + colGap : 0;
  const fuelWidth = wide ? width - fuelX : width;
  return { wide, steps: { x: 0, width: stepsWidth }, fuel: { x: fuelX, width: fuelWidth } };
}

const ALL_PANELS: readonly Panel[] = ['plants', 'steps', 'fuel'];

/**
 * The plot at a given width, and its marks in plot coordinates: the plants, then the steps with
 * the fuel beside them (or under them when narrow); a slide part draws only its panels.
 */
export function layoutPlot(
  ctx: NuclearContext,
  width: number,
  panels: readonly Panel[] = ALL_PANELS,
): { plot: NuclearPlot; marks: InteractiveMark[] } {
  const { k, fs } = ctx;
  const has = (p: Panel) => panels.includes(p);
  const plants = has('plants') ? layoutPlants(ctx, width) : null;
  const both = has('steps') && has('fuel');
  const columns = lowerColumns(width, k);
  const stepsTop = plants ? plants.bottom + fs * 2.2 : fs;
  const steps = has('steps')
    ? layoutSteps(ctx, stepsTop, both ? columns.steps.width : width)
    : null;
  const fuelTop = steps && !columns.wide ? steps.bottom + fs * 1.6 : stepsTop;
  const fuel = has('fuel') ? layoutFuel(ctx, both ? columns.fuel : { x: 0, width }, fuelTop) : null;
  const bottom = Math.max(plants?.bottom ?? 0, steps?.bottom ?? 0, fuel?.bottom ?? 0);
  return {
    plot: {
      width,
      height: Math.ceil(bottom + fs * 0.3),
      k,
      labels: [...(plants?.labels ?? []), ...(steps?.labels ?? []), ...(fuel?.labels ?? [])],
      slots: plants?.slots ?? [],
      ...(plants ? { range: plants.range } : {}),
      ...(steps ? { rail: steps.rail } : {}),
      steps: steps?.steps ?? [],
      bars: fuel?.bars ?? [],
    },
    marks: [...(plants?.marks ?? []), ...(steps?.marks ?? []), ...(fuel?.marks ?? [])],
  };
}

/** Marks from plot coordinates into the figure's; rounded here, as some are laid out unrounded. */
export function toFigureCoords(
  marks: readonly InteractiveMark[],
  origin: { x: number; y: number },
): InteractiveMark[] {
  return marks.map((m) => ({ ...m, x: round(m.x + origin.x), y: round(m.y + origin.y) }));
}

/** How a chart split over `count` slides shares out its panels: the split whose tallest part is least tall. */
export function partPanels(ctx: NuclearContext, width: number, count: number): Panel[][] | null {
  if (count <= 1) return [[...ALL_PANELS]];
  if (count === 3) return ALL_PANELS.map((p) => [p]);
  if (count > 3) return null;
  const splits: Panel[][][] = [
    [['plants'], ['steps', 'fuel']],
    [['plants', 'steps'], ['fuel']],
  ];
  const tallest = (split: Panel[][]) =>
    Math.max(...split.map((panels) => layoutPlot(ctx, width, panels).plot.height));
  return splits.reduce((best, split) => (tallest(split) < tallest(best) ? split : best));
}

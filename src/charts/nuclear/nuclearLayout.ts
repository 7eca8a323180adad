import type { InteractiveMark } from '../../figure/model';
import type { NuclearContext } from './nuclearContext';
import { layoutFuel } from './nuclearFuel';
import { round } from './nuclearFormat';
import { layoutPlants } from './nuclearSlots';
import { layoutSteps } from './nuclearSteps';
import type { Column, NuclearPlot } from './nuclearTypes';

/** Steps and fuel side by side when the plot is wide enough, else the fuel under the steps. */
function lowerColumns(width: number, k: number): { wide: boolean; steps: Column; fuel: Column } {
  const wide = width >= 760;
  const colGap = 28 * k;
  const stepsWidth = wide ? width * 0.52 : width;
  const fuelX = wide ? stepsWidth + colGap : 0;
  const fuelWidth = wide ? width - fuelX : width;
  return { wide, steps: { x: 0, width: stepsWidth }, fuel: { x: fuelX, width: fuelWidth } };
}

/** The plot at a given width, and its marks in plot coordinates. */
export function layoutPlot(
  ctx: NuclearContext,
  width: number,
): { plot: NuclearPlot; marks: InteractiveMark[] } {
  const { k, fs } = ctx;
  const plants = layoutPlants(ctx, width);
  const columns = lowerColumns(width, k);
  const stepsTop = plants.bottom + fs * 2.2;
  const steps = layoutSteps(ctx, stepsTop, columns.steps.width);
  const fuelTop = columns.wide ? stepsTop : steps.bottom + fs * 1.6;
  const fuel = layoutFuel(ctx, columns.fuel, fuelTop);
  const height = Math.ceil(Math.max(steps.bottom, fuel.bottom) + fs * 0.3);
  return {
    plot: {
      width,
      height,
      k,
      labels: [...plants.labels, ...steps.labels, ...fuel.labels],
      slots: plants.slots,
      range: plants.range,
      rail: steps.rail,
      steps: steps.steps,
      bars: fuel.bars,
    },
    marks: [...plants.marks, ...steps.marks, ...fuel.marks],
  };
}

/** Marks from plot coordinates into the figure's; rounded here, as some are laid out unrounded. */
export function toFigureCoords(
  marks: readonly InteractiveMark[],
  origin: { x: number; y: number },
): InteractiveMark[] {
  return marks.map((m) => ({ ...m, x: round(m.x + origin.x), y: round(m.y + origin.y) }));
}

import type { PlotText } from '../../figure/TextList';
import type { MilestonesContext } from './milestonesContext';
import { round } from './milestonesEvents';
import type { TimelineGeometry } from './milestonesGeometry';
import type { PlotLine } from './milestonesTypes';

/** Ticks every 5 years, or every 10 when 5-year labels would come closer than four ems apart. */
function tickInterval(ctx: MilestonesContext, geo: TimelineGeometry): number {
  const span = ctx.lastYear + 1 - ctx.firstYear;
  return span / ((geo.width - geo.laneLabelW) / (ctx.fs * 4)) > 5 ? 10 : 5;
}

function axisTickYears(ctx: MilestonesContext, geo: TimelineGeometry): number[] {
  const every = tickInterval(ctx, geo);
  const years: number[] = [];
  for (let yr = Math.ceil(ctx.firstYear / every) * every; yr <= ctx.lastYear; yr += every) {
    years.push(yr);
  }
  return years;
}

/** The time axis below the lanes at `axisY`: its line, then a label and a tick per round year. */
export function timeAxis(
  ctx: MilestonesContext,
  geo: TimelineGeometry,
  axisY: number,
): { texts: PlotText[]; lines: PlotLine[] } {
  const { fs, small, k } = ctx;
  const years = axisTickYears(ctx, geo);
  const axisLine: PlotLine = {
    x1: round(geo.laneLabelW),
    y1: round(axisY),
    x2: round(geo.width),
    y2: round(axisY),
    color: 'axis',
  };
  const labels = years.map((yr): PlotText => ({
    x: round(geo.x(yr)),
    y: round(axisY + fs * 1.3),
    text: String(yr),
    size: small,
    weight: 400,
    color: 'muted',
    anchor: 'middle',
  }));
  const ticks = years.map((yr): PlotLine => ({
    x1: round(geo.x(yr)),
    y1: round(axisY),
    x2: round(geo.x(yr)),
    y2: round(axisY + 4 * k),
    color: 'axis',
  }));
  return { texts: labels, lines: [axisLine, ...ticks] };
}

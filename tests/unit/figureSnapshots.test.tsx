import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChartImplementation } from '../../src/charts/defineChart';
import { implementation as agreements } from '../../src/charts/agreements/implementation';
import { implementation as map } from '../../src/charts/map/implementation';
import { implementation as milestones } from '../../src/charts/milestones/implementation';
import { implementation as nuclear } from '../../src/charts/nuclear/implementation';
import { implementation as trade } from '../../src/charts/trade/implementation';
import type { RegionTopology } from '../../src/queries/datasets';
import { agreementsSchema } from '../../src/schema/agreements';
import { milestonesSchema } from '../../src/schema/milestones';
import { nuclearSchema } from '../../src/schema/nuclear';
import { placesSchema } from '../../src/schema/places';
import { tradeSchema } from '../../src/schema/trade';
import { readData, regionGeometry, sourceIndex } from '../helpers/data';
import { renderFigure } from '../helpers/renderFigure';

const sources = sourceIndex();
const data = {
  trade: { trade: tradeSchema.parse(readData('trade.json')) },
  agreements: { agreements: agreementsSchema.parse(readData('agreements.json')) },
  nuclear: { nuclear: nuclearSchema.parse(readData('nuclear.json')) },
  milestones: { milestones: milestonesSchema.parse(readData('milestones.json')) },
  map: {
    places: placesSchema.parse(readData('places.json')),
    trade: tradeSchema.parse(readData('trade.json')),
    geometry: JSON.parse(regionGeometry()) as RegionTopology,
  },
};

/**
 * Figures compared as SVG text, normalised in the way of Observable Plot's snapshots: numbers
 * rounded to one decimal, and long geometry replaced by a digest so a review shows what moved
 * without pages of coordinates.
 */
function normalise(svg: string): string {
  return svg
    .replace(/\bd="([^"]{400,})"/g, (_, d: string) => {
      const digest = createHash('sha256')
        .update(d.replace(/\d+\.\d+/g, (n) => Number(n).toFixed(0)))
        .digest('hex');
      return `d="[${String(d.length)} chars, ${digest.slice(0, 12)}]"`;
    })
    .replace(
      /="([^"]*)"/g,
      (_, v: string) =>
        `="${v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    )
    .replace(/></g, '>\n<');
}

const cases = [
  ['trade', trade, data.trade],
  ['agreements', agreements, data.agreements],
  ['nuclear', nuclear, data.nuclear],
  ['milestones', milestones, data.milestones],
  ['map', map, data.map],
] as const;

describe('figure snapshots', () => {
  for (const [id, impl, d] of cases) {
    for (const width of [360, 960]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${id} at ${width} px, ${theme}`, async () => {
          // The implementations are typed per chart; the table above pairs each with its data.
          const svg = renderFigure(
            id,
            impl as ChartImplementation<typeof d, unknown>,
            d,
            sources,
            width,
            theme,
          );
          expect(svg).toContain(`data-chart="${id}"`);
          await expect(normalise(svg)).toMatchFileSnapshot(
            `../figures/${id}-${width}-${theme}.svg`,
          );
        });
      }
    }
  }
});

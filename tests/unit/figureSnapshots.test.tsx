import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { renderFigure } from '../helpers/renderFigure';

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

describe('figure snapshots', () => {
  for (const { id } of charts) {
    for (const width of [360, 960]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${id} at ${width} px, ${theme}`, async () => {
          const svg = renderFigure(id, { size: { width }, theme });
          expect(svg).toContain(`data-chart="${id}"`);
          await expect(normalise(svg)).toMatchFileSnapshot(
            `../figures/${id}-${width}-${theme}.svg`,
          );
        });
      }
    }
  }
});

import { describe, expect, it } from 'vitest';
import { CompactPath } from '../../src/figure/compactPath';
import { parsePath } from '../../src/export/svgPath';

function draw(rings: [number, number][][]): string {
  const path = new CompactPath();
  for (const ring of rings) {
    ring.forEach(([x, y], i) => {
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    path.closePath();
  }
  return path.take();
}

describe('compact path text', () => {
  it('reads back as the same points, to a tenth, with no error building up along a ring', () => {
    const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      100 + 50 * Math.cos(i / 10) + 0.0333 * i,
      80 + 30 * Math.sin(i / 7) - 0.0271 * i,
    ]);
    const d = draw([ring]);
    const [line] = parsePath(d);
    expect(line?.closed).toBe(true);
    const points = line?.points ?? [];
    expect(points.length).toBeGreaterThan(150);
    // Every point parsed lies within a twentieth of a pixel of the point it rounds.
    let k = 0;
    for (const [x, y] of ring) {
      const p = points[k];
      if (p && Math.abs(p[0] - x) <= 0.051 && Math.abs(p[1] - y) <= 0.051) k++;
    }
    expect(k).toBe(points.length);
  });

  it('separates numbers only where a parser needs it', () => {
    const d = draw([
      [
        [10, 10],
        [11.2, 9.5],
        [11.7, 9.5],
        [23.7, 9],
      ],
    ]);
    expect(d).toBe('M10,10l1.2-.5.5 0 12-.5z');
    expect(parsePath(d)[0]?.points).toEqual([
      [10, 10],
      [11.2, 9.5],
      [11.7, 9.5],
      [23.7, 9],
    ]);
  });

  it('leaves out a ring smaller than a tenth of a pixel', () => {
    expect(
      draw([
        [
          [5, 5],
          [5.01, 5.02],
          [5.03, 5],
        ],
        [
          [1, 1],
          [2, 1],
          [2, 2],
        ],
      ]),
    ).toBe('M1,1l1 0 0 1z');
  });
});

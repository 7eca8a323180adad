import type { GeoStream } from 'd3-geo';

type Point = [number, number];

/** Marks the points of `line` (from `a` to `b`) that stray more than `tolerance` from its chord. */
function douglasPeucker(
  line: readonly Point[],
  a: number,
  b: number,
  tolerance: number,
  keep: Uint8Array,
) {
  const stack: [number, number][] = [[a, b]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() ?? [0, 0];
    const [ax, ay] = line[from] ?? [0, 0];
    const [bx, by] = line[to] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = tolerance;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = line[i] ?? [0, 0];
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([from, far], [far, to]);
    }
  }
}

/** The points of a line or ring that show at this tolerance; a ring keeps its closing point. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  const last = line.length - 1;
  keep[0] = 1;
  keep[last] = 1;
  // A ring starts and ends at one point: split it at its middle so neither half is a loop.
  const mid = Math.floor(last / 2);
  keep[mid] = 1;
  douglasPeucker(line, 0, mid, tolerance, keep);
  douglasPeucker(line, mid, last, tolerance, keep);
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * A stream stage after projection that drops the points of each line and ring lying within
 * `tolerance` pixels of the simplified outline (Douglas–Peucker), and rings that shrink to less
 * than a triangle: a drawing made once at its size, which nobody zooms, loses nothing visible.
 */
export function simplifyStream(tolerance: number): (out: GeoStream) => GeoStream {
  return (out) => {
    let points: Point[] = [];
    let inPolygon = false;
    return {
      point(x: number, y: number) {
        points.push([x, y]);
      },
      lineStart() {
        points = [];
      },
      lineEnd() {
        const kept = simplifyLine(points, tolerance);
        if (inPolygon && kept.length < 4) return;
        out.lineStart();
        for (const [x, y] of kept) out.point(x, y);
        out.lineEnd();
      },
      polygonStart() {
        inPolygon = true;
        out.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        out.polygonEnd();
      },
      sphere() {
        out.sphere?.();
      },
    };
  };
}

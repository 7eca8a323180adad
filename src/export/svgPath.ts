/** A path's outline as straight pieces: each run of points is one subpath. */
export interface Polyline {
  points: [number, number][];
  closed: boolean;
}

const COMMAND = /([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const CURVE_STEPS = 8;

function cubic(
  out: [number, number][],
  p0: [number, number],
  c1: [number, number],
  c2: [number, number],
  p: [number, number],
) {
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    out.push([
      u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p[0],
      u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p[1],
    ]);
  }
}

/** An elliptical arc (SVG's endpoint form) as points along it. */
function arc(
  out: [number, number][],
  p0: [number, number],
  rxIn: number,
  ryIn: number,
  rotation: number,
  large: boolean,
  sweep: boolean,
  p: [number, number],
) {
  const phi = (rotation * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (p0[0] - p[0]) / 2;
  const dy = (p0[1] - p[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) {
    out.push(p);
    return;
  }
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (k * rx * y1) / ry;
  const cy1 = (-k * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (p0[0] + p[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (p0[1] + p[1]) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) =>
    Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const steps = Math.max(4, Math.ceil((Math.abs(delta) / Math.PI) * 12));
  for (let i = 1; i <= steps; i++) {
    const a = start + (delta * i) / steps;
    const ex = rx * Math.cos(a);
    const ey = ry * Math.sin(a);
    out.push([cos * ex - sin * ey + cx, sin * ex + cos * ey + cy]);
  }
}

/** Reads an SVG path's `d` into polylines; curves and arcs become short straight pieces. */
export function parsePath(d: string): Polyline[] {
  const lines: Polyline[] = [];
  let current: Polyline | null = null;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let lastControl: [number, number] | null = null;
  for (const [, letter = '', args = ''] of d.matchAll(COMMAND)) {
    const n = (args.match(NUMBER) ?? []).map(Number);
    const rel = letter === letter.toLowerCase();
    const cmd = letter.toUpperCase();
    const at = (i: number): [number, number] => [
      (n[i] ?? 0) + (rel ? x : 0),
      (n[i + 1] ?? 0) + (rel ? y : 0),
    ];
    const ensure = () => {
      if (!current) {
        current = { points: [[x, y]], closed: false };
        lines.push(current);
      }
      return current;
    };
    if (cmd === 'Z') {
      if (current) current.closed = true;
      x = startX;
      y = startY;
      current = null;
      lastControl = null;
      continue;
    }
    const stride = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7 }[cmd] ?? 2;
    for (let i = 0; i + stride <= n.length; i += stride) {
      let control: [number, number] | null = null;
      if (cmd === 'M' && i === 0) {
        [x, y] = at(i);
        startX = x;
        startY = y;
        current = { points: [[x, y]], closed: false };
        lines.push(current);
      } else if (cmd === 'M' || cmd === 'L' || cmd === 'T') {
        [x, y] = at(i);
        ensure().points.push([x, y]);
      } else if (cmd === 'H') {
        x = (n[i] ?? 0) + (rel ? x : 0);
        ensure().points.push([x, y]);
      } else if (cmd === 'V') {
        y = (n[i] ?? 0) + (rel ? y : 0);
        ensure().points.push([x, y]);
      } else if (cmd === 'C' || cmd === 'S') {
        const c1: [number, number] =
          cmd === 'C'
            ? at(i)
            : lastControl
              ? [2 * x - lastControl[0], 2 * y - lastControl[1]]
              : [x, y];
        const c2 = at(cmd === 'C' ? i + 2 : i);
        const p = at(cmd === 'C' ? i + 4 : i + 2);
        cubic(ensure().points, [x, y], c1, c2, p);
        control = c2;
        [x, y] = p;
      } else if (cmd === 'Q') {
        const c = at(i);
        const p = at(i + 2);
        const c1: [number, number] = [x + (2 / 3) * (c[0] - x), y + (2 / 3) * (c[1] - y)];
        const c2: [number, number] = [
          p[0] + (2 / 3) * (c[0] - p[0]),
          p[1] + (2 / 3) * (c[1] - p[1]),
        ];
        cubic(ensure().points, [x, y], c1, c2, p);
        [x, y] = p;
      } else if (cmd === 'A') {
        const p = at(i + 5);
        arc(
          ensure().points,
          [x, y],
          n[i] ?? 0,
          n[i + 1] ?? 0,
          n[i + 2] ?? 0,
          n[i + 3] === 1,
          n[i + 4] === 1,
          p,
        );
        [x, y] = p;
      }
      lastControl = control;
    }
  }
  return lines.filter((l) => l.points.length > 1);
}

/** Clips a closed outline to a rectangle (Sutherland–Hodgman); empty when nothing is inside. */
export function clipPolygon(
  points: [number, number][],
  box: { x0: number; y0: number; x1: number; y1: number },
): [number, number][] {
  const edges: [
    (p: [number, number]) => boolean,
    (a: [number, number], b: [number, number]) => [number, number],
  ][] = [
    [(p) => p[0] >= box.x0, (a, b) => atX(a, b, box.x0)],
    [(p) => p[0] <= box.x1, (a, b) => atX(a, b, box.x1)],
    [(p) => p[1] >= box.y0, (a, b) => atY(a, b, box.y0)],
    [(p) => p[1] <= box.y1, (a, b) => atY(a, b, box.y1)],
  ];
  let out = points;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[i] ?? [0, 0];
      const b = input[(i + 1) % input.length] ?? a;
      if (inside(b)) {
        if (!inside(a)) out.push(cross(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(cross(a, b));
      }
    }
    if (out.length === 0) return [];
  }
  return out;
}

function atX(a: [number, number], b: [number, number], x: number): [number, number] {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

function atY(a: [number, number], b: [number, number], y: number): [number, number] {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

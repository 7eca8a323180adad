import { clipPolygon, parsePath, type Polyline } from './svgPath';
import type { SvgNode } from './svgTree';

/** A colour with its opacity, as `#rrggbb`. */
export interface Paint {
  color: string;
  opacity: number;
}

export interface Stroke extends Paint {
  width: number;
  /** Dash and gap lengths in the same units as the width. */
  dash: number[];
}

interface Styled {
  fill: Paint | null;
  stroke: Stroke | null;
  /** What the figure calls the element (`data-mark`, `data-part`, `data-series`). */
  name: string;
}

/**
 * The figure's drawing as flat pieces in figure pixels, every transform applied and every
 * clip done: what another program's native shapes can redraw one for one.
 */
export type DrawnShape =
  | (Styled & { kind: 'rect'; x: number; y: number; w: number; h: number; rx: number })
  | (Styled & { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number })
  | (Styled & { kind: 'path'; lines: Polyline[] })
  | {
      kind: 'text';
      name: string;
      text: string;
      /** The anchor point on the baseline. */
      x: number;
      y: number;
      size: number;
      weight: number;
      italic: boolean;
      anchor: 'start' | 'middle' | 'end';
      fill: Paint;
      letterSpacing: number;
    };

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function parseTransform(text: string | undefined): Matrix {
  let m = IDENTITY;
  for (const [, fn, args = ''] of (text ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [a = 0, b, c = 0, d = 0, e = 0, f = 0] = n;
    if (fn === 'translate') m = multiply(m, [1, 0, 0, 1, a, b ?? 0]);
    else if (fn === 'scale') m = multiply(m, [a, 0, 0, b ?? a, 0, 0]);
    else if (fn === 'matrix') m = multiply(m, [a, b ?? 0, c, d, e, f]);
    else if (fn === 'rotate') {
      const r = (a * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    }
  }
  return m;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const scaleOf = (m: Matrix) => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));

/** Presentation attributes children take from their parents. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'vector-effect',
] as const;

interface Context {
  matrix: Matrix;
  style: Record<string, string>;
  opacity: number;
  clip: { x0: number; y0: number; x1: number; y1: number } | null;
  name: string;
}

function num(value: string | undefined, fallback = 0, fontSize = 16): number {
  if (value === undefined || value === '') return fallback;
  if (value.endsWith('em')) return parseFloat(value) * fontSize;
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
}

function paint(color: string | undefined, opacity: number): Paint | null {
  if (!color || color === 'none' || color === 'transparent' || opacity <= 0) return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return null;
  const h = hex[1] ?? '000000';
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  return { color: `#${full.toLowerCase()}`, opacity };
}

function styleOf(ctx: Context, node: SvgNode, scale: number): Styled {
  const s = ctx.style;
  const fillOpacity = ctx.opacity * num(s['fill-opacity'], 1);
  const strokePaint = paint(s.stroke, ctx.opacity * num(s['stroke-opacity'], 1));
  const scaled = s['vector-effect'] === 'non-scaling-stroke' ? 1 : scale;
  const width = num(s['stroke-width'], 1) * scaled;
  const dash = (s['stroke-dasharray'] ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((d) => Number(d) * scaled)
    .filter((d) => Number.isFinite(d));
  return {
    // An element with no fill attribute is black in SVG; the figures always say.
    fill: paint(s.fill ?? '#000000', fillOpacity),
    stroke: strokePaint && width > 0 ? { ...strokePaint, width, dash } : null,
    name:
      node.attrs['data-mark'] ?? node.attrs['data-series'] ?? node.attrs['data-part'] ?? ctx.name,
  };
}

function clipBox(node: SvgNode, defs: Map<string, SvgNode>, matrix: Matrix): Context['clip'] {
  const id = /url\(#([^)]+)\)/.exec(node.attrs['clip-path'] ?? '')?.[1];
  const rect = id ? defs.get(id)?.children.find((c) => c.tag === 'rect') : undefined;
  if (!rect) return null;
  const x = num(rect.attrs.x);
  const y = num(rect.attrs.y);
  const [x0, y0] = apply(matrix, x, y);
  const [x1, y1] = apply(matrix, x + num(rect.attrs.width), y + num(rect.attrs.height));
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

function collectDefs(node: SvgNode, defs: Map<string, SvgNode>) {
  if (node.tag === 'clipPath' && node.attrs.id) defs.set(node.attrs.id, node);
  for (const c of node.children) collectDefs(c, defs);
}

function intersect(a: Context['clip'], b: Context['clip']): Context['clip'] {
  if (!a) return b;
  if (!b) return a;
  return {
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
  };
}

const inside = (clip: Context['clip'], x: number, y: number) =>
  !clip || (x >= clip.x0 - 0.5 && x <= clip.x1 + 0.5 && y >= clip.y0 - 0.5 && y <= clip.y1 + 0.5);

function textPieces(node: SvgNode, ctx: Context, out: DrawnShape[]) {
  const size = num(ctx.style['font-size'], 16);
  const base = {
    kind: 'text' as const,
    name: ctx.name,
    size: size * scaleOf(ctx.matrix),
    weight: num(ctx.style['font-weight'], 400) || (ctx.style['font-weight'] === 'bold' ? 700 : 400),
    italic: ctx.style['font-style'] === 'italic',
    anchor: (ctx.style['text-anchor'] ?? 'start') as 'start' | 'middle' | 'end',
    letterSpacing: num(ctx.style['letter-spacing'], 0, size) * scaleOf(ctx.matrix),
  };
  const fill = paint(ctx.style.fill ?? '#000000', ctx.opacity * num(ctx.style['fill-opacity'], 1));
  if (!fill) return;
  let x = num(node.attrs.x);
  let y = num(node.attrs.y) + num(node.attrs.dy, 0, size);
  const spans = node.children.filter((c) => c.tag === 'tspan');
  const push = (text: string, px: number, py: number) => {
    if (text.trim() === '') return;
    const [ax, ay] = apply(ctx.matrix, px, py);
    if (!inside(ctx.clip, ax, ay)) return;
    out.push({ ...base, text: text.replace(/\s+/g, ' ').trim(), x: ax, y: ay, fill });
  };
  if (spans.length === 0) {
    push(node.text, x, y);
    return;
  }
  for (const span of spans) {
    if (span.attrs.x !== undefined) x = num(span.attrs.x);
    if (span.attrs.y !== undefined) y = num(span.attrs.y);
    y += num(span.attrs.dy, 0, size);
    push(span.text, x, y);
  }
}

const UNDRAWN = new Set(['defs', 'clipPath', 'title', 'desc', 'metadata']);

/** What an element inherits and adds: its styles, transform, opacity, clip and name. */
function contextOf(node: SvgNode, parent: Context, defs: Map<string, SvgNode>): Context {
  const style = { ...parent.style };
  for (const key of INHERITED) {
    const v = node.attrs[key];
    if (v !== undefined) style[key] = v;
  }
  const matrix = node.attrs.transform
    ? multiply(parent.matrix, parseTransform(node.attrs.transform))
    : parent.matrix;
  const ctx: Context = {
    matrix,
    style,
    opacity: parent.opacity * num(node.attrs.opacity, 1),
    clip: intersect(parent.clip, clipBox(node, defs, matrix)),
    name:
      node.attrs['data-mark'] ??
      node.attrs['data-series'] ??
      node.attrs['data-part'] ??
      parent.name,
  };
  return ctx;
}

function walk(node: SvgNode, parent: Context, defs: Map<string, SvgNode>, out: DrawnShape[]) {
  if (UNDRAWN.has(node.tag)) return;
  if (node.attrs.display === 'none' || node.attrs.visibility === 'hidden') return;
  const ctx = contextOf(node, parent, defs);
  const { matrix } = ctx;
  const scale = scaleOf(matrix);
  const a = node.attrs;
  switch (node.tag) {
    case 'text':
      textPieces(node, ctx, out);
      return;
    case 'rect': {
      const [x0, y0] = apply(matrix, num(a.x), num(a.y));
      const [x1, y1] = apply(matrix, num(a.x) + num(a.width), num(a.y) + num(a.height));
      let box = {
        x0: Math.min(x0, x1),
        y0: Math.min(y0, y1),
        x1: Math.max(x0, x1),
        y1: Math.max(y0, y1),
      };
      if (ctx.clip) box = intersect(box, ctx.clip) ?? box;
      if (box.x1 - box.x0 <= 0 || box.y1 - box.y0 <= 0) return;
      out.push({
        kind: 'rect',
        x: box.x0,
        y: box.y0,
        w: box.x1 - box.x0,
        h: box.y1 - box.y0,
        rx: num(a.rx) * scale,
        ...styleOf(ctx, node, scale),
      });
      return;
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = apply(matrix, num(a.cx), num(a.cy));
      if (!inside(ctx.clip, cx, cy)) return;
      const rx = num(a.rx ?? a.r) * scale;
      const ry = num(a.ry ?? a.r) * scale;
      if (rx <= 0 || ry <= 0) return;
      out.push({ kind: 'ellipse', cx, cy, rx, ry, ...styleOf(ctx, node, scale) });
      return;
    }
    case 'line':
    case 'path':
    case 'polyline':
    case 'polygon': {
      let lines: Polyline[];
      if (node.tag === 'line') {
        lines = [
          {
            points: [
              [num(a.x1), num(a.y1)],
              [num(a.x2), num(a.y2)],
            ],
            closed: false,
          },
        ];
      } else if (node.tag === 'path') {
        lines = parsePath(a.d ?? '');
      } else {
        const n = (a.points ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
        const points: [number, number][] = [];
        for (let i = 0; i + 1 < n.length; i += 2) points.push([n[i] ?? 0, n[i + 1] ?? 0]);
        lines = [{ points, closed: node.tag === 'polygon' }];
      }
      const placed = lines
        .map((l) => ({ ...l, points: l.points.map(([x, y]) => apply(matrix, x, y)) }))
        .map((l) => {
          if (!ctx.clip) return l;
          if (l.closed) return { ...l, points: clipPolygon(l.points, ctx.clip) };
          return l.points.some(([x, y]) => inside(ctx.clip, x, y)) ? l : { ...l, points: [] };
        })
        .filter((l) => l.points.length > 1);
      if (placed.length > 0)
        out.push({ kind: 'path', lines: placed, ...styleOf(ctx, node, scale) });
      return;
    }
    default:
      for (const child of node.children) walk(child, ctx, defs, out);
  }
}

/** The figure's SVG as flat shapes, in the order they are painted. */
export function drawingOf(svg: SvgNode): DrawnShape[] {
  const defs = new Map<string, SvgNode>();
  collectDefs(svg, defs);
  const out: DrawnShape[] = [];
  const root: Context = { matrix: IDENTITY, style: {}, opacity: 1, clip: null, name: '' };
  for (const child of svg.children) walk(child, root, defs, out);
  return out;
}

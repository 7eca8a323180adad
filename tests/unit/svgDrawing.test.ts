import { describe, expect, it } from 'vitest';
import { drawingOf } from '../../src/export/svgDrawing';
import { clipPolygon, parsePath } from '../../src/export/svgPath';
import { parseSvg } from '../../src/export/svgTree';

describe('parsePath', () => {
  it('reads absolute and relative moves, lines and closes', () => {
    expect(parsePath('M1,2L3,4l1,1ZM10 10h5v5')).toEqual([
      {
        points: [
          [1, 2],
          [3, 4],
          [4, 5],
        ],
        closed: true,
      },
      {
        points: [
          [10, 10],
          [15, 10],
          [15, 15],
        ],
        closed: false,
      },
    ]);
  });
  it('flattens a curve through its end point', () => {
    const [line] = parsePath('M0,0C0,10 10,10 10,0');
    expect(line?.points.at(-1)).toEqual([10, 0]);
    expect(line?.points.length).toBeGreaterThan(4);
  });
  it('flattens an arc onto its circle', () => {
    const [line] = parsePath('M0,5A5,5 0 1,1 10,5');
    for (const [x, y] of line?.points ?? []) expect(Math.hypot(x - 5, y - 5)).toBeCloseTo(5, 5);
  });
});

it('clipPolygon keeps what lies inside the box', () => {
  const square: [number, number][] = [
    [-5, -5],
    [5, -5],
    [5, 5],
    [-5, 5],
  ];
  const clipped = clipPolygon(square, { x0: 0, y0: 0, x1: 10, y1: 10 });
  expect(clipped.map(([x, y]) => `${String(x)},${String(y)}`).sort()).toEqual([
    '0,0',
    '0,5',
    '5,0',
    '5,5',
  ]);
  expect(clipPolygon(square, { x0: 20, y0: 20, x1: 30, y1: 30 })).toEqual([]);
});

describe('drawingOf', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><title>t</title>
    <rect width="100" height="50" fill="#ffffff"/>
    <g transform="translate(10,20)" fill="#c8102e" font-size="10">
      <defs><clipPath id="c"><rect width="30" height="30"/></clipPath></defs>
      <g clip-path="url(#c)"><g transform="scale(2)"><path d="M0,0L20,0L20,20Z" stroke="#000" stroke-width="1" vector-effect="non-scaling-stroke"/></g></g>
      <circle cx="5" cy="5" r="2" opacity="0.5" data-mark="m1"/>
      <text x="3" y="4" text-anchor="end" dy="0.5em">A &amp; B</text>
      <text x="1" y="1"><tspan x="1" dy="0">one</tspan><tspan x="1" dy="12">two</tspan></text>
    </g></svg>`;
  const shapes = drawingOf(parseSvg(svg));

  it('applies transforms and clips, and keeps a non-scaling stroke its width', () => {
    const path = shapes.find((s) => s.kind === 'path');
    if (path?.kind !== 'path') throw new Error('no path');
    const xs = path.lines[0]?.points.map((p) => p[0]) ?? [];
    expect(Math.max(...xs)).toBe(40);
    expect(path.stroke?.width).toBe(1);
  });

  it('inherits fill, multiplies opacity and names marks', () => {
    const circle = shapes.find((s) => s.kind === 'ellipse');
    expect(circle).toMatchObject({
      cx: 15,
      cy: 25,
      rx: 2,
      name: 'm1',
      fill: { color: '#c8102e', opacity: 0.5 },
    });
  });

  it('places each line of text on its baseline, with its anchor, entities decoded', () => {
    const texts = shapes.flatMap((s) => (s.kind === 'text' ? [[s.text, s.x, s.y, s.anchor]] : []));
    expect(texts).toEqual([
      ['A & B', 13, 29, 'end'],
      ['one', 11, 21, 'start'],
      ['two', 11, 33, 'start'],
    ]);
  });
});

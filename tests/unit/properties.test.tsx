import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { parseDataset } from '../../src/queries/loadDataset';
import { DATASETS } from '../../src/schema/dataFiles';
import { SCHEMAS } from '../../src/schema/datasets';
import { DatasetError } from '../../src/schema/errors';
import { SOURCES as sources } from '../helpers/charts';
import { readData } from '../helpers/data';
import { renderFigure } from '../helpers/renderFigure';

/**
 * Generated datasets, valid and corrupted, go through the same path as the real ones: the
 * schema and citation check, the chart's model, and its view. Nothing may throw past that path:
 * a bad file is refused with an error naming the file and the field, and any file the schema
 * accepts draws.
 */

type Path = (string | number)[];

/** Every leaf (string, number, boolean, null) with its path. */
function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

/** Every object (with its path), where a key can be dropped or added. */
function objects(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return [path, ...Object.entries(value).flatMap(([k, v]) => objects(v, [...path, k]))];
  }
  return [];
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function withValue(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] ?? ''] = value;
  return copy;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '&lt;b&gt;',
  '\u202Eevil',
  '𝕂𝕫 — 中哈 — Қазақ',
  '',
  ' ',
  'x'.repeat(400),
];

/** A value of another kind than `value`, or a hostile string in place of a string. */
function otherValue(value: unknown): fc.Arbitrary<unknown> {
  const kinds: fc.Arbitrary<unknown>[] = [
    fc.constant(null),
    fc.constant({}),
    fc.constant([]),
    fc.boolean(),
    fc.double({ noNaN: false }),
    fc.constantFrom(...HOSTILE),
  ];
  return fc
    .oneof(...kinds)
    .filter((v) => typeof v !== typeof value || (v === null) !== (value === null));
}

interface Case {
  file: string;
  schema: Parameters<typeof parseDataset>[1];
  json: unknown;
  draw: (parsed: unknown, width: number) => string;
}

/** Each chart's files, with their schemas: every file a chart reads but the boundaries. */
const CASES: Case[] = charts.flatMap((chart) =>
  Object.values(chart.datasets)
    .filter((name) => name !== 'geometry')
    .map((name) => ({
      file: DATASETS[name].file,
      schema: SCHEMAS[name],
      json: readData(DATASETS[name].file),
      draw: (d: unknown, w: number) =>
        renderFigure(chart.id, { datasets: { [name]: d }, size: { width: w } }),
    })),
);

/** Parses and draws; a refusal must be a DatasetError naming the file and a field. */
function throughThePath(c: Case, json: unknown, width: number): 'drawn' | 'refused' {
  let parsed: unknown;
  try {
    parsed = parseDataset(c.file, c.schema, json, sources.ids);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.file).toBe(c.file);
    expect(e.message.startsWith(`${c.file}: `)).toBe(true);
    expect(e.issues.length).toBeGreaterThan(0);
    // Each issue names where: a field path, or (root) for the whole file.
    for (const issue of e.issues) expect(issue).toMatch(/^(\(root\)|[A-Za-z_$][\w$]*|\[)/);
    return 'refused';
  }
  const svg = c.draw(parsed, width);
  expect(svg).toContain('<svg');
  // The data's words are text in the figure, never markup.
  expect(svg).not.toMatch(/<script|<img/i);
  return 'drawn';
}

const width = fc.integer({ min: 240, max: 2400 });

describe.each(CASES)('$file, generated', (c) => {
  it('a leaf of the wrong kind is refused, naming the file and the field', () => {
    const all = leaves(c.json);
    let refused = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }).chain((i) => {
          const [path, value] = all[i] ?? [[], null];
          return fc.tuple(fc.constant(path), otherValue(value), width);
        }),
        ([path, value, w]) => {
          runs++;
          if (throughThePath(c, withValue(c.json, path, value), w) === 'refused') refused++;
        },
      ),
      { numRuns: 60 },
    );
    // Most kinds of corruption are refused; the rest (an optional null, say) still draw.
    expect(refused / runs).toBeGreaterThan(0.5);
  });

  it('a dropped or unknown key is either refused by name or drawn', () => {
    const all = objects(c.json);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.boolean(),
        fc.string(),
        width,
        (i, drop, key, w) => {
          const path = all[i] ?? [];
          const target = at(c.json, path) as Record<string, unknown>;
          const keys = Object.keys(target);
          const gone = keys[key.length % Math.max(keys.length, 1)];
          const changed =
            drop && gone !== undefined
              ? Object.fromEntries(Object.entries(target).filter(([k]) => k !== gone))
              : { ...target, [`x-${key}`]: key };
          const copy = path.length === 0 ? changed : withValue(c.json, path, changed);
          throughThePath(c, copy, w);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('any text, however hostile, draws as text at any width', () => {
    const texts = leaves(c.json).filter(
      ([path, v]) =>
        typeof v === 'string' &&
        /^(label|title|name|description|note|role|status|occasion|city|owner|design)$/.test(
          String(path[path.length - 1]),
        ),
    );
    if (texts.length === 0) return;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.oneof(
          fc.constantFrom(...HOSTILE.filter((h) => h.trim() !== '')),
          fc.string({ minLength: 1, unit: 'grapheme' }),
        ),
        width,
        (i, text, w) => {
          const [path] = texts[i] ?? [[]];
          throughThePath(c, withValue(c.json, path, text), w);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('numbers anywhere in their range draw, or are refused by name', () => {
    const numbers = leaves(c.json).filter(([, v]) => typeof v === 'number');
    if (numbers.length === 0) return;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: numbers.length - 1 }),
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.constantFrom(0, -1, 1e12, Number.MAX_SAFE_INTEGER),
        ),
        width,
        (i, n, w) => {
          const [path] = numbers[i] ?? [[]];
          throughThePath(c, withValue(c.json, path, n), w);
        },
      ),
      { numRuns: 60 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/queries/loadDataset';
import { agreementsSchema } from '../../src/schema/agreements';
import { DatasetError } from '../../src/schema/errors';
import { milestonesSchema } from '../../src/schema/milestones';
import { nuclearSchema } from '../../src/schema/nuclear';
import { placesSchema } from '../../src/schema/places';
import { sourcesSchema } from '../../src/schema/sources';
import { tradeSchema } from '../../src/schema/trade';
import { root, sourceIndex } from '../helpers/data';

const schemas = {
  'trade.json': tradeSchema,
  'agreements.json': agreementsSchema,
  'nuclear.json': nuclearSchema,
  'places.json': placesSchema,
  'milestones.json': milestonesSchema,
  'sources.json': sourcesSchema,
} as const;

interface Case {
  fixture: string;
  dataset: keyof typeof schemas;
  expected: string;
}

const dir = resolve(root, 'tests/fixtures/broken');
const cases = JSON.parse(readFileSync(resolve(dir, 'cases.json'), 'utf8')) as Case[];
const ids = sourceIndex().ids;

describe('broken datasets are rejected with the file and the field', () => {
  it('has fixtures for every dataset', () => {
    expect(new Set(cases.map((c) => c.dataset))).toEqual(new Set(Object.keys(schemas)));
  });

  for (const c of cases) {
    it(`${c.fixture} → ${c.expected}`, () => {
      const json = JSON.parse(readFileSync(resolve(dir, c.fixture), 'utf8')) as unknown;
      const schema = schemas[c.dataset];
      let error: unknown;
      try {
        parseDataset(c.dataset, schema, json, c.dataset === 'sources.json' ? undefined : ids);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DatasetError);
      const message = (error as DatasetError).message;
      expect(message.startsWith(`${c.dataset}: `)).toBe(true);
      // The first problem is the one the fixture planted; any others are counted after it.
      expect(message.replace(/ \(and \d+ more problems?\)$/, '')).toBe(c.expected);
    });
  }
});

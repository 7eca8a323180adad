import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/queries/loadDataset';
import { agreementsSchema } from '../../src/schema/agreements';
import { citedSources } from '../../src/schema/citations';
import { milestonesSchema } from '../../src/schema/milestones';
import { nuclearSchema } from '../../src/schema/nuclear';
import { placesSchema } from '../../src/schema/places';
import { sourcesSchema } from '../../src/schema/sources';
import { tradeSchema } from '../../src/schema/trade';
import { readData, readText, root, sourceIndex } from '../helpers/data';

const datasets = {
  'trade.json': tradeSchema,
  'agreements.json': agreementsSchema,
  'nuclear.json': nuclearSchema,
  'places.json': placesSchema,
  'milestones.json': milestonesSchema,
} as const;

const sources = sourceIndex();
const article = readText('data/article-2025-06-16.txt');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('data files', () => {
  it('has a schema for every JSON file in data/', () => {
    const files = readdirSync(resolve(root, 'data')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([...Object.keys(datasets), 'sources.json'].sort());
  });

  it('sources.json validates', () => {
    expect(() =>
      parseDataset('sources.json', sourcesSchema, readData('sources.json')),
    ).not.toThrow();
  });

  for (const [file, schema] of Object.entries(datasets)) {
    it(`${file} validates, with every citation found in sources.json`, () => {
      expect(() => parseDataset(file, schema, readData(file), sources.ids)).not.toThrow();
    });

    it(`${file}: every quote from the article is verbatim`, () => {
      const quotes: string[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
          const r = node as Record<string, unknown>;
          if (r.source === 'article' && typeof r.quote === 'string') quotes.push(r.quote);
          Object.values(r).forEach(visit);
        }
      };
      visit(readData(file));
      for (const q of quotes) expect(normalise(article)).toContain(normalise(q));
    });
  }

  it('every source in sources.json is cited by some dataset', () => {
    const cited = new Set(Object.keys(datasets).flatMap((f) => citedSources(readData(f))));
    const unused = [...sources.ids].filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });

  it('the article record is the one of 2025-06-16', () => {
    const a = sources.byId.get('article');
    expect(a?.published).toBe('2025-06-16');
    expect(a?.localCopy).toBe('article-2025-06-16.txt');
  });

  it('trade keeps the two reporters apart and the record at the article’s figure', () => {
    const trade = tradeSchema.parse(readData('trade.json'));
    expect(trade.series.map((s) => s.reporter).sort()).toEqual(['China', 'Kazakhstan']);
    expect(trade.headline).toMatchObject({ year: 2024, value: 44, source: 'article' });
    expect(article).toContain(trade.headline.quote);
  });

  it('agreements: 24 documents, the article’s sectors, two named intergovernmental agreements', () => {
    const a = agreementsSchema.parse(readData('agreements.json'));
    expect(a.total.value).toBe(24);
    expect(a.levels.items.map((l) => l.id)).toEqual(['intergovernmental', 'interdepartmental']);
    // Every sector the article names, in its words.
    for (const s of a.sectors.items) {
      expect(a.sectors.quote?.toLowerCase()).toContain(s.label.toLowerCase().split(' ')[0]);
    }
    expect(a.sectors.items).toHaveLength(12);
    expect(a.named.map((n) => n.level)).toEqual(['intergovernmental', 'intergovernmental']);
  });

  it('nuclear: the planned plants are the article’s range, not a point', () => {
    const n = nuclearSchema.parse(readData('nuclear.json'));
    expect(n.plannedPlants).toMatchObject({ min: 2, max: 3, source: 'article' });
  });

  it('cross-file references resolve: places, sectors, plants', () => {
    const places = new Set(placesSchema.parse(readData('places.json')).places.map((p) => p.id));
    const sectors = new Set(
      agreementsSchema.parse(readData('agreements.json')).sectors.items.map((s) => s.id),
    );
    const milestones = milestonesSchema.parse(readData('milestones.json'));
    const nuclear = nuclearSchema.parse(readData('nuclear.json'));
    for (const e of milestones.events) {
      for (const p of e.places ?? []) expect(places, `${e.id} → ${p}`).toContain(p);
      for (const s of e.sectors ?? []) expect(sectors, `${e.id} → ${s}`).toContain(s);
    }
    for (const place of placesSchema.parse(readData('places.json')).places) {
      for (const f of place.features) {
        for (const s of f.sectors ?? []) expect(sectors, `${place.id} → ${s}`).toContain(s);
      }
    }
    for (const p of nuclear.plants) {
      if (p.site?.place) expect(places).toContain(p.site.place);
    }
    if (nuclear.fuel.fuelPlant.place) expect(places).toContain(nuclear.fuel.fuelPlant.place);
  });

  it('milestones run from 1992 to 2026 and include the 2025 visit', () => {
    const m = milestonesSchema.parse(readData('milestones.json'));
    const years = m.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(1992);
    expect(Math.max(...years)).toBe(2026);
    expect(m.events.find((e) => e.id === 'xi-visit-2025')?.date).toBe('2025-06-16');
  });
});

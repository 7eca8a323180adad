import { geoConicEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  buildAgreementsFigure,
  summariseAgreements,
} from '../../src/charts/agreements/agreementsModel';
import { buildMapFigure, MAP_LAYERS, tradeForYear } from '../../src/charts/map/mapModel';
import {
  buildMilestonesFigure,
  decimalYear,
  summariseMilestones,
} from '../../src/charts/milestones/milestonesModel';
import { buildNuclearFigure, summariseNuclear } from '../../src/charts/nuclear/nuclearModel';
import { en as agreementsText } from '../../src/charts/agreements/text';
import { en as milestonesText } from '../../src/charts/milestones/text';
import { en as nuclearText } from '../../src/charts/nuclear/text';
import { DATA, input } from '../helpers/charts';

const agreements = DATA.agreements;
const nuclear = DATA.nuclear;
const milestones = DATA.milestones;
const places = DATA.places;
const trade = DATA.trade;

describe('agreements model', () => {
  const fig = buildAgreementsFigure(input('agreements', { size: { width: 900 } }));

  it('draws the total as that many units, the named ones marked', () => {
    expect(fig.plot.units).toHaveLength(agreements.total.value);
    expect(fig.plot.units.filter((u) => u.named)).toHaveLength(agreements.named.length);
  });

  it('lists every sector once, with no count anywhere', () => {
    expect(fig.plot.pills.map((p) => p.id).sort()).toEqual(
      agreements.sectors.items.map((s) => s.id).sort(),
    );
    const sectorRows = fig.table.rows.filter((r) => r.id.startsWith('sector-'));
    expect(sectorRows).toHaveLength(agreements.sectors.items.length);
    for (const r of sectorRows) expect(r.cells.documents).toBe('not published');
  });

  it('highlights the picked sector and dims the rest', () => {
    const f = buildAgreementsFigure(
      input('agreements', { size: { width: 900 }, selection: { sector: 'energy' } }),
    );
    expect(f.plot.pills.filter((p) => p.selected).map((p) => p.id)).toEqual(['energy']);
    expect(f.plot.pills.filter((p) => p.dimmed)).toHaveLength(agreements.sectors.items.length - 1);
    expect(f.marks.find((m) => m.id === 'sector-energy')?.selected).toBe(true);
  });

  it('keeps pills inside the plot at phone width', () => {
    const f = buildAgreementsFigure(input('agreements', { size: { width: 340 } }));
    for (const p of f.plot.pills) expect(p.x + p.width).toBeLessThanOrEqual(f.plot.width + 0.01);
    for (const u of f.plot.units) expect(u.x + u.size).toBeLessThanOrEqual(f.plot.width + 0.01);
  });

  it('summarises from the data', () => {
    const s = summariseAgreements(agreements, agreementsText);
    expect(s).toContain('signed 24 intergovernmental and interdepartmental documents');
    expect(s).toContain('The article names twelve sectors');
    expect(s).toContain('was not published');
    expect(fig.text.title).toBe(
      'Kazakhstan and China signed 24 documents on 16 June 2025, across twelve sectors',
    );
  });
});

describe('nuclear model', () => {
  const fig = buildNuclearFigure(input('nuclear', { size: { width: 1000 } }));

  it('shows the plan as a range: certain slots solid, the rest dashed', () => {
    expect(fig.plot.slots).toHaveLength(nuclear.plannedPlants.max);
    expect(fig.plot.slots.filter((s) => !s.optional)).toHaveLength(nuclear.plannedPlants.min);
    expect(fig.plot.range?.xSplit).toBeLessThan(fig.plot.range?.x2 ?? 0);
    const range = fig.marks.find((m) => m.id === 'planned-range');
    expect(range?.tooltip.value).toBe('2–3');
  });

  it('lists every step in order, the target last', () => {
    expect(fig.plot.steps.map((s) => s.id)).toEqual(nuclear.steps.map((s) => s.id));
    expect(fig.plot.steps.at(-1)?.target).toBe(true);
    const ys = fig.plot.steps.map((s) => s.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('draws the uranium share and the fuel plant owners to scale', () => {
    const share = fig.plot.bars.find((b) => b.id === 'uranium-share');
    const first = share?.segments.at(0);
    expect(first && share ? first.width / share.width : 0).toBeCloseTo(0.43, 2);
    const owners = fig.plot.bars.find((b) => b.id === 'fuel-owners');
    expect(owners?.segments.map((s) => s.color)).toEqual(['kz', 'cn']);
  });

  it('highlights the plant at a picked place and the steps of a picked year', () => {
    const f = buildNuclearFigure(
      input('nuclear', { size: { width: 1000 }, selection: { place: 'ulken', year: 2025 } }),
    );
    expect(f.plot.slots.find((s) => s.selected)?.id).toBe('npp1');
    expect(f.plot.steps.filter((s) => s.selected).length).toBe(
      nuclear.steps.filter((s) => 'date' in s.when && s.when.date.startsWith('2025')).length,
    );
  });

  it('stacks at phone width and summarises from the data', () => {
    const f = buildNuclearFigure(input('nuclear', { size: { width: 360 } }));
    const xs = new Set(f.plot.slots.map((s) => s.x));
    expect(xs.size).toBe(1);
    expect(summariseNuclear(nuclear, nuclearText)).toContain('between 2 and 3');
    expect(fig.text.title).toContain('at least two or three nuclear power plants');
  });
});

describe('milestones model', () => {
  it('places dates by their precision', () => {
    expect(decimalYear('2012')).toBe(2012.5);
    expect(decimalYear('2023-12')).toBeCloseTo(2023 + 11.5 / 12);
    expect(decimalYear('1992-01-03')).toBeCloseTo(1992 + 2 / 366, 3);
  });

  it('draws every event once with its whole title, a rail per theme, two columns when wide', () => {
    const fig = buildMilestonesFigure(input('milestones', { size: { width: 1280 } }));
    expect(fig.plot.dots).toHaveLength(milestones.events.length);
    // Every title is on the plot in full: its lines, joined, are the title.
    const text = fig.plot.texts.map((t) => t.text).join(' ');
    for (const e of milestones.events) {
      for (const word of e.title.split(' ')) expect(text).toContain(word);
    }
    expect(fig.plot.texts.some((t) => t.text.endsWith('…'))).toBe(false);
    // Two columns: the later events on the right, each column in time order top to bottom.
    const visit = fig.plot.dots.find((d) => d.id === 'xi-visit-2025');
    const first = fig.plot.dots.find((d) => d.id === 'diplomatic-relations');
    expect(visit && first && visit.x > first.x + fig.plot.width / 3).toBe(true);
    expect(visit?.emphasis).toBe(true);
    // In a column, one theme's dots share a rail; different themes sit on different rails.
    const left = fig.plot.dots.filter((d) => d.x < fig.plot.width / 2);
    const railOf = new Map<string, number>();
    for (const d of left) {
      const category = milestones.events.find((e) => e.id === d.id)?.category ?? '';
      expect(railOf.get(category) ?? d.x).toBe(d.x);
      railOf.set(category, d.x);
    }
    expect(new Set(railOf.values()).size).toBe(railOf.size);
  });

  it('marks long gaps between rows, and keeps one column at a laptop card’s narrower width', () => {
    const fig = buildMilestonesFigure(input('milestones', { size: { width: 900 } }));
    const xs = new Set(fig.plot.dots.map((d) => d.x));
    expect(xs.size).toBeLessThanOrEqual(milestones.categories.length);
    const ys = fig.plot.dots.map((d) => d.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(fig.plot.texts.map((t) => t.text)).toContain('+10 years');
  });

  it('becomes a list at phone width, in date order', () => {
    const fig = buildMilestonesFigure(input('milestones', { size: { width: 340 } }));
    const ys = fig.plot.dots.map((d) => d.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('dims events outside a picked sector', () => {
    const fig = buildMilestonesFigure(
      input('milestones', { size: { width: 1100 }, selection: { sector: 'energy' } }),
    );
    const lit = fig.plot.dots.filter((d) => !d.dimmed).map((d) => d.id);
    const expected = milestones.events
      .filter((e) => e.sectors?.includes('energy'))
      .map((e) => e.id);
    expect(lit.sort()).toEqual(expected.sort());
  });

  it('summarises from the data', () => {
    const s = summariseMilestones(milestones, milestonesText);
    expect(s).toContain(`${milestones.events.length} dated milestones from 3 January 1992`);
  });
});

describe('map model', () => {
  const fig = buildMapFigure(input('map', { size: { width: 1000 } }));

  it('draws without trade.json, leaving the trade line out and saying why', () => {
    const without = buildMapFigure(
      input('map', { size: { width: 1000 }, datasets: { trade: null } }),
    );
    expect(without.plot.trade).toBeUndefined();
    expect(without.plot.points.length).toBe(fig.plot.points.length);
    expect(without.text.subtitle).toContain('The trade line is left out');
    expect(fig.text.subtitle).not.toContain('left out');
    expect(fig.plot.trade).toBeDefined();
  });

  it('keeps each border crossing and its name on its own side of the border', () => {
    const wide = buildMapFigure(input('map', { size: { width: 1174 } }));
    const dostyk = wide.plot.points.find((p) => p.id === 'dostyk');
    const alashankou = wide.plot.points.find((p) => p.id === 'alashankou');
    if (!dostyk || !alashankou) throw new Error('crossings missing');
    expect(alashankou.x - dostyk.x).toBeGreaterThanOrEqual(wide.plot.symbolSize);
    expect(dostyk.label?.anchor).toBe('end');
    expect(alashankou.label?.anchor).toBe('start');
  });

  it('is a landscape on a wide plot, so a laptop shows it whole under the header', () => {
    const wide = buildMapFigure(input('map', { size: { width: 1174 } }));
    expect(wide.frame.plot.height).toBeLessThanOrEqual(wide.frame.plot.width * 0.42 + 1);
    expect(wide.frame.height).toBeLessThan(768 - 100);
  });

  it('never tells a static figure to drag or use buttons', () => {
    expect(fig.text.subtitle).not.toMatch(/drag|button/i);
  });

  it('fits Kazakhstan and China inside the plot', () => {
    const kz = fig.plot.countries.find((c) => c.role === 'kz');
    const cn = fig.plot.countries.find((c) => c.role === 'cn');
    expect(kz?.d.length).toBeGreaterThan(100);
    expect(cn?.d.length).toBeGreaterThan(100);
    for (const p of fig.plot.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(fig.plot.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(fig.plot.height);
    }
  });

  it('projects places where they are: Astana north-west of Beijing', () => {
    const astana = fig.plot.points.find((p) => p.id === 'astana');
    const beijing = fig.plot.points.find((p) => p.id === 'beijing');
    expect(astana && beijing && astana.x < beijing.x && astana.y < beijing.y).toBe(true);
    const p = geoConicEqualArea().parallels([30, 50]).rotate([-92, 0]);
    expect(p([92, 40])?.[0]).toBeCloseTo(p.translate()[0], 0);
  });

  it('hides switched-off layers and keeps labels from colliding', () => {
    const f = buildMapFigure(
      input('map', { size: { width: 1000 }, selection: { hide: ['education'] } }),
    );
    const education = MAP_LAYERS.find((l) => l.id === 'education');
    const onlyEducation = places.places.filter((p) =>
      p.features.every((f2) => education?.kinds.includes(f2.kind)),
    );
    for (const p of onlyEducation) expect(f.plot.points.some((q) => q.id === p.id)).toBe(false);
    expect(f.text.legend.some((l) => l.key === 'education')).toBe(false);
  });

  it('weights the trade line by the picked year, else the latest', () => {
    expect(tradeForYear(trade, undefined)?.point.year).toBe(2024);
    const f2022 = buildMapFigure(
      input('map', { size: { width: 1000 }, selection: { year: 2022 } }),
    );
    const latest = fig.plot.trade?.width ?? 0;
    expect(f2022.plot.trade?.label.text).toBe('Trade 2022: $31.2bn');
    expect(f2022.plot.trade?.width).toBeLessThan(latest);
  });

  it('names its boundaries and summarises from the data', () => {
    expect(fig.text.source).toContain('Boundaries: Natural Earth');
    expect(fig.summary).toContain(`${places.places.length} places`);
    expect(fig.marks.filter((m) => m.id.startsWith('place-'))).toHaveLength(fig.plot.points.length);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildTradeFigure,
  consecutiveRuns,
  summariseTrade,
} from '../../src/charts/trade/tradeModel';
import { en } from '../../src/charts/trade/text';
import type { Trade } from '../../src/schema/trade';
import { slideFigureSize } from '../../src/figure/slideSize';
import { measureText } from '../../src/figure/textMetrics';
import { DATA, input, SOURCES as sources } from '../helpers/charts';

const trade = DATA.trade;

function variant(mutate: (t: Trade) => void): Trade {
  const copy = structuredClone(trade);
  mutate(copy);
  return copy;
}

describe('consecutiveRuns', () => {
  it('splits points at missing years and sorts them', () => {
    const runs = consecutiveRuns([
      { year: 2021, value: 1, source: 's' },
      { year: 2013, value: 1, source: 's' },
      { year: 2022, value: 1, source: 's' },
      { year: 2019, value: 1, source: 's' },
    ]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2013], [2019], [2021, 2022]]);
  });
});

describe('buildTradeFigure', () => {
  const fig = buildTradeFigure(input('trade', { size: { width: 900 } }));
  const plot = fig.plot;

  it('draws one point per data point, in both series', () => {
    const expected = trade.series.map((s) => s.points.length);
    expect(plot.series.map((s) => s.points.length).sort()).toEqual(expected.sort());
  });

  it('puts China customs first and colours series by reporter', () => {
    expect(plot.series.map((s) => s.key)).toEqual(['cn', 'kz']);
  });

  it('maps years left to right and values bottom to top', () => {
    for (const s of plot.series) {
      for (let i = 1; i < s.points.length; i++) {
        const a = s.points[i - 1];
        const b = s.points[i];
        if (!a || !b) continue;
        expect(b.x).toBeGreaterThan(a.x);
        expect(Math.sign(a.y - b.y)).toBe(Math.sign(b.value - a.value));
      }
    }
  });

  it('has a y axis from zero covering the largest value and the record', () => {
    const ticks = plot.yTicks.map((t) => t.value);
    expect(ticks[0]).toBe(0);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(40);
    const top = plot.margin.top;
    expect(plot.headline.y).toBeGreaterThanOrEqual(top);
    expect(plot.headline.y).toBeLessThan(plot.height - plot.margin.bottom);
  });

  it('places the same value at the same height in both series', () => {
    const t = variant((d) => {
      const [cn, kz] = d.series;
      if (cn?.points[0] && kz?.points[0]) kz.points[0].value = cn.points[0].value;
    });
    const f = buildTradeFigure(input('trade', { datasets: { trade: t }, size: { width: 700 } }));
    expect(f.plot.series[0]?.points[0]?.y).toBe(f.plot.series[1]?.points[0]?.y);
  });

  it('never draws a line across a year without a figure', () => {
    const cn = plot.series.find((s) => s.key === 'cn');
    // China: 2013 stands alone; 2021–2024 is one run.
    expect(cn?.runs).toHaveLength(1);
    const kz = plot.series.find((s) => s.key === 'kz');
    // Kazakhstan: 2018–2019 and 2021–2023.
    expect(kz?.runs).toHaveLength(2);
  });

  it('labels x ticks with whole years within the data range', () => {
    for (const t of plot.xTicks) {
      expect(Number.isInteger(t.value)).toBe(true);
      expect(t.value).toBeGreaterThanOrEqual(2013);
      expect(t.value).toBeLessThanOrEqual(2024);
    }
    expect(plot.xTicks.at(-1)?.value).toBe(2024);
  });

  it('marks the record at the article’s value and year', () => {
    expect(plot.headline.label).toBe('Record ≈$44bn');
    const record = fig.marks.find((m) => m.id === 'record');
    expect(record?.tooltip.sourceId).toBe('article');
    expect(record?.tooltip.quote).toContain('a record $44 billion');
  });

  it('gives every mark an accessible name with series, year, value and source', () => {
    const mark = fig.marks.find((m) => m.id === 'cn-customs-2022');
    expect(mark?.label).toBe(
      'China customs, 2022: $31.2 billion. Source: News Central Asia, 20 January 2023.',
    );
    expect(fig.marks).toHaveLength(trade.series.reduce((n, s) => n + s.points.length, 0) + 1);
  });

  it('keeps rounded figures marked as such', () => {
    const kz2019 = plot.series.find((s) => s.key === 'kz')?.points.find((p) => p.year === 2019);
    expect(kz2019?.approximate).toBe(true);
    const row = fig.table.rows.find((r) => r.id === 'kz-stats-2019');
    expect(row?.cells.value).toBe('≈14.5');
  });

  it('tables every number with its source, in year order', () => {
    const years = fig.table.rows.map((r) => Number(r.cells.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    // One row per mark, and one per figure another source gives beside a plotted one.
    const others = trade.series.flatMap((s) => s.points.flatMap((p) => p.otherReports ?? []));
    expect(fig.table.rows).toHaveLength(fig.marks.length + others.length);
    const other = fig.table.rows.find((r) => r.id === 'kz-stats-2023-other-1');
    expect(other?.cells).toMatchObject({ year: '2023', value: '31.5' });
    expect(other?.sourceId).toBe('trade-kz-2023');
    // The plotted point says so too: its tooltip and its name give the other source's figure.
    const mark = fig.marks.find((m) => m.id === 'kz-stats-2023');
    expect(mark?.tooltip.note).toContain('Another source gives $31.5 billion (Eurasia Review');
    expect(mark?.label).toContain('Another source gives $31.5 billion');
    for (const r of fig.table.rows) expect(sources.ids.has(r.sourceId)).toBe(true);
  });

  it('cites only known sources, the article first', () => {
    expect(fig.citations[0]).toBe('article');
    for (const id of fig.citations) expect(sources.ids.has(id)).toBe(true);
  });

  it('states the finding in the title', () => {
    expect(fig.text.title).toBe(
      'Trade between Kazakhstan and China reached a record $44 billion in 2024',
    );
  });
});

describe('layout across sizes', () => {
  for (const width of [280, 360, 640, 1280, 3840]) {
    it(`fits every line of text inside ${width} px`, () => {
      const fig = buildTradeFigure(input('trade', { size: { width } }));
      const { frame } = fig;
      expect(frame.width).toBe(width);
      expect(frame.plot.x + frame.plot.width).toBeLessThanOrEqual(width);
      expect(frame.source.y).toBeLessThan(frame.height);
      const last = fig.plot.xTicks.at(-1);
      expect((last?.x ?? 0) + frame.plot.x).toBeLessThan(width);
      // Ticks never crowd: at least 2.5 em between labels.
      const xs = fig.plot.xTicks.map((t) => t.x);
      for (let i = 1; i < xs.length; i++) {
        expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(fig.plot.fontSize * 2.5);
      }
    });
  }

  it('lays out again for a fixed size instead of stretching', () => {
    const fig = buildTradeFigure(input('trade', { size: { width: 1920, height: 1080 } }));
    expect(fig.frame.height).toBe(1080);
    expect(fig.frame.plot.y + fig.frame.plot.height).toBeLessThan(1080);
    expect(fig.frame.type.title).toBeGreaterThan(
      buildTradeFigure(input('trade', { size: { width: 800 } })).frame.type.title,
    );
  });

  it('adds direct series labels only where they fit', () => {
    expect(
      buildTradeFigure(input('trade', { size: { width: 360 } })).plot.series[0]?.endLabel,
    ).toBeUndefined();
    expect(
      buildTradeFigure(input('trade', { size: { width: 1000 } })).plot.series[0]?.endLabel?.text,
    ).toBe('China customs');
  });
});

describe('summariseTrade', () => {
  const summary = summariseTrade(trade, '2025-06-16', en);

  it('states the record, from the data', () => {
    expect(summary).toContain('The article of 16 June 2025 calls 2024 trade a record $44 billion.');
  });

  it('gives each series’ latest and earliest figure and the change', () => {
    expect(summary).toContain(
      'China customs recorded $43.82 billion in 2024, up 54% from $28.5 billion in 2013',
    );
    expect(summary).toContain('Kazakhstan statistics recorded $30.1 billion in 2023');
  });

  it('compares the two series in their latest common year', () => {
    expect(summary).toContain(
      "In 2023, the latest year both report, China's figure was $10.9 billion higher than Kazakhstan's",
    );
  });

  it('follows the data when it changes', () => {
    const changed = summariseTrade(
      variant((t) => {
        t.headline.label = 'a record $50 billion';
        t.headline.year = 2025;
      }),
      null,
      en,
    );
    expect(changed).toContain('The article calls 2025 trade a record $50 billion.');
  });
});

describe('the trade notes at the series’ ends', () => {
  const sizes = [
    { width: 960 },
    { width: 1280 },
    ...(['16:9', '4:3'] as const).map((aspect) => slideFigureSize(aspect)),
  ];
  describe.each(['en', 'ru', 'kk', 'zh'] as const)('in %s', (lang) => {
    it.each(sizes)('never set the gap’s label over the growth note (%o)', (size) => {
      const fig = buildTradeFigure(input('trade', { lang, size }));
      const { gap, growth, fontSize } = fig.plot;
      if (!gap?.label || !growth) return;
      const note = fontSize * 0.92;
      const apart =
        gap.label.x + measureText(gap.label.text, note, 600) < growth.x ||
        gap.label.x > growth.x + measureText(growth.text, note) ||
        Math.abs(gap.label.y - growth.y) >= note * 1.2;
      expect(apart).toBe(true);
    });
  });
});

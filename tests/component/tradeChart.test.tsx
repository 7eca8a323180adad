// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tradeSchema } from '../../src/schema/trade';
import { readData } from '../helpers/data';
import { renderApp } from './render';

const trade = tradeSchema.parse(readData('trade.json'));
const pointCount = trade.series.reduce((n, s) => n + s.points.length, 0);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function tradeFigure(): Promise<SVGSVGElement> {
  await waitFor(
    () => {
      expect(document.querySelector('svg[data-chart="trade"]')).not.toBeNull();
    },
    { timeout: 8000 },
  );
  const svg = document.querySelector<SVGSVGElement>('svg[data-chart="trade"]');
  if (!svg) throw new Error('no trade figure');
  return svg;
}

describe('trade chart', () => {
  it('draws one mark per data point, plus the record', async () => {
    renderApp('/');
    const svg = await tradeFigure();
    expect(svg.getAttribute('role')).toBe('img');
    const drawn = svg.querySelectorAll('[data-series] [data-mark]');
    expect(drawn).toHaveLength(pointCount);
    expect(svg.querySelectorAll('[data-mark="record"]')).toHaveLength(1);
    const values = [...drawn].map((m) => m.getAttribute('data-mark'));
    for (const s of trade.series)
      for (const p of s.points) expect(values).toContain(`${s.id}-${p.year}`);
  });

  it('has a title and a generated summary inside the SVG', async () => {
    renderApp('/');
    const svg = await tradeFigure();
    expect(svg.querySelector('title')?.textContent).toBe(
      'Trade between Kazakhstan and China reached a record $44 billion in 2024',
    );
    expect(svg.querySelector('desc')?.textContent).toContain(
      'China customs recorded $43.82 billion',
    );
  });

  it('gives every mark an accessible name and a tooltip with its source', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await tradeFigure();
    const group = screen.getByRole('group', { name: 'Trade: data points' });
    const marks = within(group).getAllByRole('button');
    expect(marks).toHaveLength(pointCount + 1);
    const mark = within(group).getByRole('button', { name: /^China customs, 2023: \$41 billion/ });
    expect(mark).toHaveAccessibleName(/Source: WE News English, undated\.$/);

    await user.click(mark);
    const tip = within(group).getByRole('tooltip');
    expect(tip).toHaveTextContent('China customs, 2023');
    expect(tip).toHaveTextContent('Source: WE News English, undated');
  });

  it('moves between marks with the arrow keys, one tab stop for the chart', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await tradeFigure();
    const group = screen.getByRole('group', { name: 'Trade: data points' });
    const marks = within(group).getAllByRole('button');
    expect(marks.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    marks[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(marks[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(marks.at(-1));
    expect(within(group).getByRole('tooltip')).toHaveTextContent('Record, 2024');
  });

  it('shows the same numbers as a table, with sources', async () => {
    const user = userEvent.setup();
    renderApp('/chart/trade');
    await tradeFigure();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    // The table's code loads when the tab is first chosen.
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Each point, the record, and each figure another source gives beside a point.
    const others = trade.series.flatMap((s) => s.points.flatMap((p) => p.otherReports ?? []));
    expect(rows).toHaveLength(pointCount + 1 + others.length);
    expect(
      within(table).getByRole('row', { name: /2022 China customs 31\.2 News Central Asia/ }),
    ).toBeVisible();
  });

  it('lists each source with its link and the article’s excerpt', async () => {
    const user = userEvent.setup();
    renderApp('/chart/trade');
    await tradeFigure();
    await user.click(screen.getByText('About this data'));
    // The panel's contents load when it is first opened.
    const link = await screen.findByRole('link', { name: /newscentralasia\.net/ });
    expect(link).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.newscentralasia\.net\//),
    );
    expect(
      screen.getByText(/In 2024, the volume of bilateral trade reached a record \$44 billion\./),
    ).toBeVisible();
  });
});

describe('pages', () => {
  it('renders the chart page with its name as the heading', async () => {
    renderApp('/chart/trade');
    await tradeFigure();
    expect(screen.getByRole('heading', { level: 1, name: 'Trade' })).toBeVisible();
  });

  it('says so for an unknown chart, as text, and lists the real ones', () => {
    renderApp('/chart/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(
      screen.getByText('There is no chart called “<img src=x onerror=alert(1)>”.'),
    ).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Trade' })).toHaveAttribute('href', '/chart/trade');
  });
});

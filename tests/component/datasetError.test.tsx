// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFetch, root } from '../helpers/data';
import { renderApp } from './render';

const broken = readFileSync(resolve(root, 'tests/fixtures/broken/trade-value-string.json'), 'utf8');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a dataset that fails', () => {
  it('shows the file and the field, and recovers on Retry', async () => {
    const user = userEvent.setup();
    const { fetch } = renderApp('/', { 'trade.json': { body: broken } });
    const card = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-chart-card="trade"]');
      if (!el) throw new Error('no trade card');
      return el;
    });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent(
      'trade.json: series[0].points[3].value: expected number, received string "44bn"',
    );
    expect(document.querySelector('svg[data-chart="trade"]')).toBeNull();
    // The rest of the page keeps working: the charts that do not need trade.json draw.
    expect(await screen.findByRole('link', { name: 'Read the article’s text.' })).toBeVisible();
    for (const id of ['agreements', 'nuclear', 'milestones']) {
      await waitFor(() => {
        expect(document.querySelector(`svg[data-chart="${id}"]`)).not.toBeNull();
      });
    }
    // The map needs trade.json only for its line: it draws without it, and says which file and why.
    const map = document.querySelector<HTMLElement>('[data-chart-card="map"]');
    if (!map) throw new Error('no map card');
    expect(within(map).queryByRole('alert')).toBeNull();
    expect(await within(map).findByRole('status')).toHaveTextContent(
      'Drawn without this file: trade.json: series[0].points[3]',
    );
    await waitFor(() => {
      expect(map.querySelector('svg[data-chart="map"]')).not.toBeNull();
    });
    expect(map.querySelector('svg[data-chart="map"]')?.textContent).toContain(
      'The trade line is left out',
    );

    fetch.mockImplementation(dataFetch());
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(document.querySelector('svg[data-chart="trade"]')).not.toBeNull();
    });
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    // With the file back, the map draws its line again and the note goes.
    await waitFor(() => {
      expect(within(map).queryByText(/Drawn without this file/)).toBeNull();
    });
  });

  it('names a missing file', async () => {
    renderApp('/', { 'trade.json': { status: 404 } });
    const alerts = await screen.findAllByRole('alert');
    // The trade chart names it as an error; the map, drawn without it, in a note.
    for (const a of alerts) expect(a).toHaveTextContent('trade.json: file not found (HTTP 404)');
  });

  it('names invalid JSON', async () => {
    renderApp('/', { 'trade.json': { body: '{"unit": ' } });
    const alerts = await screen.findAllByRole('alert');
    for (const a of alerts) expect(a).toHaveTextContent(/trade\.json: not valid JSON/);
  });

  it('names sources.json when the sources themselves are broken', async () => {
    renderApp('/', { 'sources.json': { body: '{"sources": []}' } });
    const alerts = await screen.findAllByRole('alert');
    for (const a of alerts) {
      expect(a).toHaveTextContent('sources.json: sources: expected at least one source');
    }
  });
});

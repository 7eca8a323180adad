// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
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
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'trade.json: series[0].points[3].value: expected number, received string "44bn"',
    );
    expect(document.querySelector('svg[data-chart="trade"]')).toBeNull();
    // The rest of the page keeps working.
    expect(await screen.findByRole('link', { name: 'Read the article’s text.' })).toBeVisible();

    fetch.mockImplementation(dataFetch());
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(document.querySelector('svg[data-chart="trade"]')).not.toBeNull();
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names a missing file', async () => {
    renderApp('/', { 'trade.json': { status: 404 } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'trade.json: file not found (HTTP 404)',
    );
  });

  it('names invalid JSON', async () => {
    renderApp('/', { 'trade.json': { body: '{"unit": ' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/trade\.json: not valid JSON/);
  });

  it('names sources.json when the sources themselves are broken', async () => {
    renderApp('/', { 'sources.json': { body: '{"sources": []}' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'sources.json: sources: expected at least one source',
    );
  });
});

import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi, type Mock } from 'vitest';
import { App } from '../../src/app/App';
import { dataFetch, regionGeometry } from '../helpers/data';

// Cutting the map's boundaries takes a moment: do it before any test's clock starts.
regionGeometry();

/** The whole app at `path`, with data/ served from disk (with overrides) and a fresh cache. */
export function renderApp(
  path = '/',
  overrides: Parameters<typeof dataFetch>[0] = {},
): { client: QueryClient; fetch: Mock<typeof fetch> } {
  window.history.replaceState(null, '', path);
  const fetchMock = vi.fn<typeof fetch>(dataFetch(overrides));
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App client={client} />);
  return { client, fetch: fetchMock };
}

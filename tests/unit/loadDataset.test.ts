import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText, parseJson } from '../../src/queries/loadDataset';

const fetchJson = async (file: string) => parseJson(file, await fetchText(file));
import { DatasetError } from '../../src/schema/errors';

function stubFetch(impl: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(impl));
}

async function failure(file: string): Promise<DatasetError> {
  try {
    await fetchJson(file);
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchText and parseJson', () => {
  it('names the file when it is missing', async () => {
    stubFetch(() => Promise.resolve(new Response('nope', { status: 404 })));
    const e = await failure('trade.json');
    expect(e.message).toBe('trade.json: file not found (HTTP 404)');
    expect(e.kind).toBe('missing');
  });

  it('reports a server error with its status', async () => {
    stubFetch(() => Promise.resolve(new Response('boom', { status: 500 })));
    expect((await failure('places.json')).message).toBe(
      'places.json: could not be loaded (HTTP 500)',
    );
  });

  it('reports a network failure', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const e = await failure('nuclear.json');
    expect(e.message).toBe('nuclear.json: could not be loaded (network error: Failed to fetch)');
    expect(e.kind).toBe('network');
  });

  it('reports invalid JSON', async () => {
    stubFetch(() => Promise.resolve(new Response('{ "series": [', { status: 200 })));
    const e = await failure('trade.json');
    expect(e.message).toMatch(/^trade\.json: not valid JSON \(.+\)$/);
    expect(e.kind).toBe('json');
  });

  it('treats a web page served in place of the file as missing', async () => {
    stubFetch(() =>
      Promise.resolve(
        new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    expect((await failure('trade.json')).kind).toBe('missing');
  });

  it('returns the parsed body', async () => {
    stubFetch(() => Promise.resolve(new Response('{"a":1}', { status: 200 })));
    await expect(fetchJson('x.json')).resolves.toEqual({ a: 1 });
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { prepareRegion } from '../../src/charts/map/prepareRegion';
import { sourcesSchema } from '../../src/schema/sources';
import type { SourceIndex } from '../../src/schema/sources';

export const root = resolve(import.meta.dirname, '../..');

export function readData(file: string): unknown {
  return JSON.parse(readFileSync(resolve(root, 'data', file), 'utf8')) as unknown;
}

export function readText(path: string): string {
  return readFileSync(resolve(root, path), 'utf8');
}

let region: string | undefined;

/** The map's boundaries, made the way the build makes them. */
export function regionGeometry(): string {
  region ??= JSON.stringify(
    prepareRegion(
      JSON.parse(
        readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
      ) as Topology,
    ),
  );
  return region;
}

export function sourceIndex(): SourceIndex {
  const { sources } = sourcesSchema.parse(readData('sources.json'));
  return { byId: new Map(sources.map((s) => [s.id, s])), ids: new Set(sources.map((s) => s.id)) };
}

/** A fetch that serves `data/` from disk, with per-file overrides (a body, or a status). */
export function dataFetch(
  overrides: Record<string, { status?: number; body?: string } | undefined> = {},
): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/geo/region.json')) {
      return Promise.resolve(
        new Response(regionGeometry(), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    const file = /\/data\/([^/?]+)/.exec(url)?.[1] ?? '';
    const override = overrides[file];
    if (override) {
      return Promise.resolve(
        new Response(override.body ?? '', {
          status: override.status ?? 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    let body: string;
    try {
      body = readFileSync(resolve(root, 'data', file), 'utf8');
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
  };
}

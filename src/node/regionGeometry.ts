import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { prepareRegion } from '../charts/map/prepareRegion';
import { ROOT } from './paths';

const WORLD_FILE = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');

let region: string | undefined;

/** Natural Earth's boundaries cut to the map's region, made once per build. */
export function regionJson(): string {
  region ??= JSON.stringify(
    prepareRegion(JSON.parse(readFileSync(WORLD_FILE, 'utf8')) as Topology),
  );
  return region;
}

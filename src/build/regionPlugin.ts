import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_DIR } from '../node/paths';
import { regionJson } from '../node/regionGeometry';

/** The boundaries as a file beside the site, fetched when the map comes near. */
export function regionPlugin(emit: boolean): Plugin {
  return {
    name: 'kzcn-region-geometry',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/geo/region.json') {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(regionJson());
      });
    },
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: 'geo/region.json', source: regionJson() });
    },
  };
}

/** Every data file and the map geometry, as one module: the single-file build reads them here. */
export function bundledDataPlugin(): Plugin {
  const id = 'virtual:kzcn-bundled-data';
  return {
    name: 'kzcn-bundled-data',
    resolveId(source) {
      return source === id ? `\0${id}` : undefined;
    },
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const files: Record<string, string> = {};
      for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith('.json'))) {
        files[name] = readFileSync(join(DATA_DIR, name), 'utf8');
      }
      return `export const bundled = ${JSON.stringify(files)};\nexport const geometry = ${JSON.stringify(regionJson())};\n`;
    },
  };
}

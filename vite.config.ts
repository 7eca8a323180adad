import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Topology } from 'topojson-specification';
import { prepareRegion } from './src/charts/map/prepareRegion';

const dataDir = resolve(import.meta.dirname, 'data');
const worldFile = resolve(import.meta.dirname, 'node_modules/world-atlas/countries-50m.json');
const dataFile = /^[a-z0-9-]+\.(json|txt)$/;
const contentTypes: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Datasets stay plain files beside the bundle (never imported into it), so a corrected
 * number goes live without a rebuild. A missing dataset must be a real 404: the SPA
 * fallback would otherwise answer with index.html and hide the error.
 */
function datasets(): Plugin {
  const serve = (dir: string): Connect.NextHandleFunction => {
    return (req, res, next) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const match = /\/data\/([^/]+)$/.exec(path);
      if (!match) {
        next();
        return;
      }
      const name = decodeURIComponent(match[1] ?? '');
      const file = join(dir, name);
      if (!dataFile.test(name) || !isFile(file)) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Not found: data/${name}`);
        return;
      }
      res.setHeader('Content-Type', contentTypes[name.split('.').pop() ?? ''] ?? 'text/plain');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(readFileSync(file));
    };
  };
  return {
    name: 'kzcn-datasets',
    configureServer(server) {
      server.middlewares.use(serve(dataDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        serve(resolve(server.config.root, server.config.build.outDir, 'data')),
      );
    },
    generateBundle() {
      for (const name of readdirSync(dataDir).filter((n) => dataFile.test(n))) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dataDir, name)),
        });
      }
    },
  };
}

/** Natural Earth boundaries cut to the map's region at build time, served as a lazy asset. */
function regionGeometry(): Plugin {
  let cached: string | undefined;
  const build = (): string => {
    cached ??= JSON.stringify(
      prepareRegion(JSON.parse(readFileSync(worldFile, 'utf8')) as Topology),
    );
    return cached;
  };
  return {
    name: 'kzcn-region-geometry',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/geo/region.json') {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(build());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'geo/region.json', source: build() });
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export default defineConfig({
  plugins: [react(), datasets(), regionGeometry()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});

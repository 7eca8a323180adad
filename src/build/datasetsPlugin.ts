import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { DATA_DIR, isFile } from '../node/paths';

const DATA_FILE = /^[a-z0-9-]+\.(json|txt)$/;
const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Answers `<base>data/<file>` from `dir`, with a real 404 for anything else there (and only
 * there: the development server also serves source files such as `/src/i18n/data/zh.json`).
 */
function serveData(dir: string, base: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const match = path.startsWith(`${base}data/`) ? /\/data\/([^/]+)$/.exec(path) : null;
    if (!match) {
      next();
      return;
    }
    const name = decodeURIComponent(match[1] ?? '');
    const file = join(dir, name);
    if (!DATA_FILE.test(name) || !isFile(file)) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: data/${name}`);
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  };
}

/**
 * Datasets stay plain files beside the bundle (never imported into it), so a corrected
 * number goes live without a rebuild. A missing dataset must be a real 404: the SPA
 * fallback would otherwise answer with index.html and hide the error.
 */
export function datasetsPlugin(emit: boolean): Plugin {
  return {
    name: 'kzcn-datasets',
    configureServer(server) {
      server.middlewares.use(serveData(DATA_DIR, server.config.base));
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        serveData(
          resolve(server.config.root, server.config.build.outDir, 'data'),
          server.config.base,
        ),
      );
    },
    generateBundle() {
      if (!emit) return;
      for (const name of readdirSync(DATA_DIR).filter((n) => DATA_FILE.test(n))) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIR, name)),
        });
      }
    },
  };
}

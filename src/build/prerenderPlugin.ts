import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { isFile } from '../node/paths';

/**
 * After the client is built, the site is built from it: every route in every language rendered
 * to HTML by the app's own code in Node (through Vite's module runner, as the app is written),
 * and every chart baked as an image. See src/node/site/buildSite.ts.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'kzcn-prerender',
    apply: (_, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      const started = Date.now();
      const server = await createServer({
        configFile: config.configFile ?? false,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const site = (await server.ssrLoadModule('/src/node/site/buildSite.ts')) as {
          buildSite: (outDir: string, base: string) => Promise<number>;
        };
        const pages = await site.buildSite(resolve(config.root, config.build.outDir), config.base);
        config.logger.info(
          `built ${String(pages)} pages and the charts' images in ${String(Date.now() - started)} ms`,
        );
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * `vite preview` answers `/ru/chart/trade` with the page built for it (`ru/chart/trade/index.html`),
 * as static hosts do, rather than with the site's fallback page.
 */
export function builtPagesPreview(): Plugin {
  return {
    name: 'kzcn-built-pages-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const [path = '', query] = (req.url ?? '').split('?');
        const base = server.config.base.replace(/\/$/, '');
        if (
          (req.method === 'GET' || req.method === 'HEAD') &&
          !/\.[a-z0-9]+$/i.test(path) &&
          !path.endsWith('/')
        ) {
          const inside = path.startsWith(base) ? path.slice(base.length) : path;
          if (isFile(resolve(outDir, `.${inside}/index.html`))) {
            req.url = `${path}/index.html${query === undefined ? '' : `?${query}`}`;
          }
        }
        next();
      });
      server.middlewares.use((req, res, next) => {
        const sent = sendCompressed(outDir, server.config.base, req, res);
        if (!sent) next();
      });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Sends the build's own compressed copy of a file (`.br`, else `.gz`) where the reader's browser
 * takes it, as a host with precompressed files does; false where there is none.
 */
function sendCompressed(
  outDir: string,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
  const inside = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
  const file = resolve(
    outDir,
    inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside,
  );
  const type = TYPES[extname(file)];
  if (!type || !file.startsWith(outDir)) return false;
  const accepts = req.headers['accept-encoding'] ?? '';
  const encoding = (
    [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const
  ).find(([name, ext]) => accepts.includes(name) && isFile(`${file}${ext}`));
  if (!encoding) return false;
  const [name, ext] = encoding;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', name);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader(
    'Cache-Control',
    file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  res.end(req.method === 'HEAD' ? undefined : readFileSync(`${file}${ext}`));
  return true;
}

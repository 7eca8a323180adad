import { resolve } from 'node:path';
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
        if (req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) {
          const inside = path.startsWith(base) ? path.slice(base.length) : path;
          if (isFile(resolve(outDir, `.${inside}/index.html`))) {
            req.url = `${path}/index.html${query === undefined ? '' : `?${query}`}`;
          }
        }
        next();
      });
    },
  };
}

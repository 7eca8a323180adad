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
function datasets(emit: boolean): Plugin {
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
      if (!emit) return;
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
let region: string | undefined;
function buildRegion(): string {
  region ??= JSON.stringify(prepareRegion(JSON.parse(readFileSync(worldFile, 'utf8')) as Topology));
  return region;
}

function regionGeometry(emit: boolean): Plugin {
  const build = buildRegion;
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
      if (emit) this.emitFile({ type: 'asset', fileName: 'geo/region.json', source: build() });
    },
  };
}

/** Every data file and the map geometry, as one module: the single-file build reads them here. */
function bundledData(): Plugin {
  const id = 'virtual:kzcn-bundled-data';
  return {
    name: 'kzcn-bundled-data',
    resolveId(source) {
      return source === id ? `\0${id}` : undefined;
    },
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const files: Record<string, string> = {};
      for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.json'))) {
        files[name] = readFileSync(join(dataDir, name), 'utf8');
      }
      return `export const bundled = ${JSON.stringify(files)};\nexport const geometry = ${JSON.stringify(buildRegion())};\n`;
    },
  };
}

/**
 * `npm run build:single`: the whole dashboard in dist-single/index.html, opened from disk with no
 * network. Code and styles go inline (fonts and other assets are already data URLs).
 */
function singleFile(): Plugin {
  return {
    name: 'kzcn-single-file',
    apply: (_, env) => env.mode === 'single',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/\s*<link rel="icon"[^>]*>/, '');
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      let html = String(page.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          // With one chunk there is nothing to preload, but the placeholder for the list stays.
          const code = file.code
            .replaceAll('__VITE_PRELOAD__', 'void 0')
            .replace(/<\/(script)/gi, '<\\/$1');
          html = html.replace(
            new RegExp(
              `<script type="module" crossorigin src="[^"]*${escapeRegExp(name)}"></script>`,
            ),
            () => `<script type="module">${code}</script>`,
          );
          Reflect.deleteProperty(bundle, name);
        } else if (file.type === 'asset' && name.endsWith('.css')) {
          const css = String(file.source).replace(/<\/(style)/gi, '<\\/$1');
          html = html.replace(
            new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${escapeRegExp(name)}">`),
            () => `<style>${css}</style>`,
          );
          Reflect.deleteProperty(bundle, name);
        }
      }
      const markup = html.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '');
      const linked = /<script[^>]+src=[^>]*>|<link[^>]+(stylesheet|modulepreload)[^>]*>/.exec(
        markup,
      );
      if (linked) this.error(`single file: still linked, not inlined: ${linked[0]}`);
      page.source = html;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The two Latin faces every English page sets its text in start downloading with the page,
 * rather than after the script has run and laid the text out.
 */
function preloadFonts(): Plugin {
  let base = '/';
  return {
    name: 'kzcn-preload-fonts',
    apply: (_, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        const faces = Object.keys(ctx.bundle ?? {}).filter((name) =>
          /noto-sans-latin-(400|600)-normal-[\w-]+\.woff2$/.test(name),
        );
        return faces.map((name) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            href: base + name,
            crossorigin: '',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The policy every built page runs under (no eval, no inline script, nothing from elsewhere). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'";

/** The built page carries the policy itself, so it holds on any static host, headers or not. */
function securityPolicy(): Plugin {
  return {
    name: 'kzcn-content-security-policy',
    apply: (_, env) => env.command === 'build' && env.mode !== 'single',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // A sub-path host sets BASE_PATH (e.g. /kzcn/); the single file uses relative addresses.
    base: single ? './' : (process.env.BASE_PATH ?? '/'),
    publicDir: single ? false : 'public',
    resolve: {
      // d3-scale's only need of d3-interpolate here is number to number; see the module.
      alias: [
        {
          find: /^d3-interpolate$/,
          replacement: resolve(import.meta.dirname, 'src/figure/numberInterpolate.ts'),
        },
      ],
    },
    plugins: [
      react(),
      datasets(!single),
      regionGeometry(!single),
      bundledData(),
      securityPolicy(),
      preloadFonts(),
      singleFile(),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      // Fonts stay files, however small: the policy allows fonts from this site, not data URLs.
      assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
      ...(single
        ? {
            outDir: 'dist-single',
            assetsInlineLimit: () => true,
            cssCodeSplit: false,
            modulePreload: false,
            rolldownOptions: { output: { codeSplitting: false } },
          }
        : {}),
    },
    preview: {
      port: 4173,
      strictPort: false,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
    server: { port: 5173 },
  };
});

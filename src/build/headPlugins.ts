import type { Plugin } from 'vite';
import { bootScript, inlineBoot } from './bootScript';

/**
 * The two Latin faces every English page sets its text in start downloading with the page,
 * rather than after the script has run and laid the text out.
 */
export function preloadFontsPlugin(): Plugin {
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

/**
 * The policy every built page runs under: no eval, nothing from elsewhere, and no inline script
 * but the boot script, named by its hash.
 */
export async function contentSecurityPolicy(): Promise<string> {
  return [
    "default-src 'self'",
    `script-src 'self' ${(await bootScript()).hash}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The built page carries the policy itself, so it holds on any static host, headers or not. */
export function securityPolicyPlugin(): Plugin {
  let base = '/';
  return {
    name: 'kzcn-content-security-policy',
    apply: (_, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(config) {
      base = config.base;
    },
    async transformIndexHtml(html) {
      const policy = `<meta http-equiv="Content-Security-Policy" content="${await contentSecurityPolicy()}" />`;
      return inlineBoot(
        html.replace('<meta charset="UTF-8" />', (m) => `${m}\n    ${policy}`),
        `data-base="${base}"`,
      );
    },
  };
}

/**
 * The start-up script for the development server, compiled afresh for each request, and the
 * policy as a header from `vite preview` (a static host can send it too; the pages carry it).
 */
export function bootServerPlugin(): Plugin {
  return {
    name: 'kzcn-boot-script',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/boot.js') {
          next();
          return;
        }
        bootScript(true).then(
          ({ code }) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(code);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
    async configurePreviewServer(server) {
      const policy = await contentSecurityPolicy();
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}

import type { Plugin } from 'vite';
import { bootScript, earlyScript, inlineBoot } from './bootScript';

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
      const early = await earlyScript();
      return inlineBoot(
        html.replace('<meta charset="UTF-8" />', (m) => `${m}\n    ${policy}`),
        `data-base="${base}"`,
        `${base}assets/${early.fileName}`,
      );
    },
    async generateBundle() {
      const early = await earlyScript();
      this.emitFile({ type: 'asset', fileName: `assets/${early.fileName}`, source: early.code });
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
        const path = (req.url ?? '').split('?')[0];
        if (path !== '/boot.js' && path !== '/early.js') {
          next();
          return;
        }
        (path === '/boot.js' ? bootScript(true) : earlyScript(true)).then(
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
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        // The development server loads the early script as a file of its own, as a build does.
        if (ctx.server === undefined) return html;
        return html.replace(
          /(<script src="\/boot\.js"><\/script>)/,
          '$1\n    <script async src="/early.js"></script>',
        );
      },
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

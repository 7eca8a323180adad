import type { Plugin } from 'vite';
import { formatOf } from '../export/fonts';
import { nodeFontFaces } from '../node/nodeFonts';

/** A file on disk as the development server serves it. */
const served = (path: string) => `/@fs${path}`;

function devFaces() {
  return nodeFontFaces().map((f) => ({ ...f, url: served(f.url), woff: served(f.woff) }));
}

/**
 * The development server's fonts: the full font's slices from @fontsource, declared in the page
 * and listed for the exporters at the address the build writes its list to (fonts/faces.json).
 * A build cuts them to what the site shows instead (src/node/site/fonts).
 */
export function devFontsPlugin(): Plugin {
  return {
    name: 'kzcn-dev-fonts',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/fonts/faces.json') {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ faces: devFaces() }));
      });
    },
    transformIndexHtml() {
      const css = devFaces()
        .filter((f) => !f.pdfOnly)
        .map(
          (f) =>
            `@font-face{font-family:'${f.family}';font-style:${f.italic ? 'italic' : 'normal'};font-weight:${String(f.weight)};font-display:swap;src:url(${f.url}) format('${formatOf(f.url)}');unicode-range:${f.range}}`,
        )
        .join('\n');
      return [{ tag: 'style', children: css, injectTo: 'head' }];
    },
  };
}

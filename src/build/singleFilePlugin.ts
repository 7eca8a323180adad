import type { Plugin } from 'vite';
import { FACES_ISLAND } from '../export-browser/fontCatalogue';
import { DATA_DIR } from '../node/paths';
import { codesOf, decodeEscapes, filesText, intlText } from '../node/site/fonts/characters';
import { singleFileFaces } from '../node/site/fonts/siteFonts';
import { inlineBoot } from './bootScript';

/**
 * `npm run build:single`: the whole dashboard in dist-single/index.html, opened from disk with no
 * network. Code and styles go inline (fonts and other assets are already data URLs).
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'kzcn-single-file',
    apply: (_, env) => env.mode === 'single',
    enforce: 'post',
    async transformIndexHtml(html) {
      // The file has no folder beside it: the start-up script goes inline too.
      return inlineBoot(html.replace(/\s*<link rel="icon"[^>]*>/, ''), 'data-hash-routes');
    },
    async generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      let html = String(page.source);
      // The figure font, cut to what the file shows, as data: the page, PNG and PDF read it.
      const text =
        Object.values(bundle)
          .map((f) => (f.type === 'chunk' ? decodeEscapes(f.code) : ''))
          .join('') +
        filesText(DATA_DIR, ['.json', '.txt']) +
        intlText();
      const faces = await singleFileFaces(codesOf(text));
      html = html.replace(
        '</head>',
        () =>
          `<script type="application/json" id="${FACES_ISLAND}">${JSON.stringify({ faces })}</script>\n</head>`,
      );
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

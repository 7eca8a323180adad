import type { Plugin } from 'vite';
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

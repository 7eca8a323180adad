import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../node/paths';

/**
 * public/boot.js, which each built page carries inline: a script file in the head would cost a
 * round trip before anything paints. The policy names it by its hash, so it stays the only
 * inline script the page may run.
 */
export function bootScript(): { code: string; hash: string } {
  const code = readFileSync(resolve(ROOT, 'public/boot.js'), 'utf8');
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

/**
 * The boot script, inline, told what a script file would find from its address: the site's base
 * (`data-base`), or that it routes by hash (`data-hash-routes`).
 */
export function inlineBoot(html: string, attributes: string): string {
  return html.replace(
    /<script src="[^"]*boot\.js"><\/script>/,
    () => `<script ${attributes}>${bootScript().code}</script>`,
  );
}

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'rolldown';
import { ROOT } from '../node/paths';

export interface BootScript {
  code: string;
  /** The CSP source that allows it inline: `'sha256-…'`. */
  hash: string;
}

const ENTRY = resolve(ROOT, 'src/app/boot/index.ts');

async function compile(): Promise<BootScript> {
  const out = await build({
    input: ENTRY,
    write: false,
    platform: 'browser',
    output: { format: 'iife', minify: true },
  });
  const code = out.output[0].code.trim();
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

let compiled: Promise<BootScript> | undefined;

/**
 * The page's start-up script (src/app/boot), compiled once per build into one small minified
 * script that each built page carries inline: a script file in the head would cost a round trip
 * before anything paints. The policy names it by its hash, so it stays the only inline script
 * the page may run. `fresh` compiles again (the development server, after an edit).
 */
export function bootScript(fresh = false): Promise<BootScript> {
  if (fresh || !compiled) compiled = compile();
  return compiled;
}

/**
 * The boot script, inline, told what a script file would find from its address: the site's base
 * (`data-base`), or that it routes by hash (`data-hash-routes`).
 */
export async function inlineBoot(html: string, attributes: string): Promise<string> {
  const { code } = await bootScript();
  return html.replace(
    /<script src="[^"]*boot\.js"><\/script>/,
    () => `<script ${attributes}>${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`,
  );
}

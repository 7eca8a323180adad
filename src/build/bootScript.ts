import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'rolldown';
import { ROOT } from '../node/paths';

export interface CompiledScript {
  code: string;
  /** The CSP source that allows it inline: `'sha256-…'`. */
  hash: string;
  /** A file name that changes with its content: `early-1a2b3c4d5e.js`. */
  fileName: string;
}

async function compile(entry: string, name: string): Promise<CompiledScript> {
  const out = await build({
    input: resolve(ROOT, entry),
    write: false,
    platform: 'browser',
    output: { format: 'iife', minify: true },
  });
  const code = out.output[0].code.trim();
  const digest = (encoding: 'base64' | 'hex') => createHash('sha256').update(code).digest(encoding);
  return {
    code,
    hash: `'sha256-${digest('base64')}'`,
    fileName: `${name}-${digest('hex').slice(0, 10)}.js`,
  };
}

const compiled = new Map<string, Promise<CompiledScript>>();

function cached(entry: string, name: string, fresh: boolean): Promise<CompiledScript> {
  let script = compiled.get(name);
  if (fresh || !script) {
    script = compile(entry, name);
    compiled.set(name, script);
  }
  return script;
}

/**
 * The page's start-up script (src/app/boot/index.ts), compiled once per build into one small
 * minified script each built page carries inline: a script file in the head would cost a round
 * trip before anything paints. The policy names it by its hash, so it stays the only inline
 * script the page may run. `fresh` compiles again (the development server, after an edit).
 */
export function bootScript(fresh = false): Promise<CompiledScript> {
  return cached('src/app/boot/index.ts', 'boot', fresh);
}

/**
 * A built page's answers before its code (src/app/boot/early.ts): one small file every page
 * shares, loaded `async` from the head.
 */
export function earlyScript(fresh = false): Promise<CompiledScript> {
  return cached('src/app/boot/early.ts', 'early', fresh);
}

const safe = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

/**
 * The boot script, inline, told what a script file would find from its address: the site's base
 * (`data-base`), or that it routes by hash (`data-hash-routes`); then the early script, from
 * `earlySrc`, or inline where there is nowhere to load it from (the single file).
 */
export async function inlineBoot(
  html: string,
  attributes: string,
  earlySrc?: string,
): Promise<string> {
  const [boot, early] = await Promise.all([bootScript(), earlyScript()]);
  const second = earlySrc
    ? `<script async src="${earlySrc}"></script>`
    : `<script>${safe(early.code)}</script>`;
  return html.replace(
    /<script src="[^"]*boot\.js"><\/script>/,
    () => `<script ${attributes}>${safe(boot.code)}</script>\n    ${second}`,
  );
}

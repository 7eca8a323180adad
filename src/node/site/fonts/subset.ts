import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import subsetFont from 'subset-font';
import { ROOT } from '../../paths';

const CACHE = resolve(ROOT, 'node_modules/.cache/kzcn-fonts/subsets');

export type FontFormat = 'woff2' | 'woff';

/**
 * A font cut to the characters `codes` (harfbuzz's subsetter, its layout features kept), as WOFF2
 * or WOFF. The same cut is kept in node_modules/.cache, so a second build costs nothing.
 */
export async function subsetFile(
  source: string,
  codes: readonly number[],
  format: FontFormat,
): Promise<Buffer> {
  const text = String.fromCodePoint(...[...codes].sort((a, b) => a - b));
  const key = createHash('sha256')
    .update(`${source}\n${format}\n${text}`)
    .digest('hex')
    .slice(0, 24);
  const cached = resolve(CACHE, `${key}.${format}`);
  if (existsSync(cached)) return readFileSync(cached);
  const bytes = await subsetFont(readFileSync(source), text, { targetFormat: format });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${cached}.partial`, bytes);
  renameSync(`${cached}.partial`, cached);
  return bytes;
}

const coverage = new Map<string, Promise<Set<number>>>();

/** The characters a font file draws (its cmap), read with harfbuzz. */
export function fontCoverage(source: string): Promise<Set<number>> {
  let found = coverage.get(source);
  if (!found) {
    found = import('harfbuzzjs').then((hb) => {
      const face = new hb.Face(new hb.Blob(readFileSync(source)));
      return new Set(face.collectUnicodes());
    });
    coverage.set(source, found);
  }
  return found;
}

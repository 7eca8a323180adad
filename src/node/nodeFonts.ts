import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Face } from '../export/fonts';
import { sfntFromWoff } from '../export/sfnt';
import { ROOT } from './paths';

const CACHE = resolve(ROOT, 'node_modules/.cache/kzcn-fonts');

/**
 * A font file the catalogue names by its address in Vite's module runner: `/node_modules/…`
 * under the project, or `/@fs/…` where the packages live elsewhere on disk.
 */
export function fontFileBytes(url: string): Uint8Array {
  // After the site's base, if it has one (`/kzcn/@fs/…`).
  const fs = url.indexOf('/@fs/');
  const modules = url.indexOf('/node_modules/');
  const path =
    fs >= 0
      ? url.slice(fs + '/@fs'.length)
      : modules >= 0
        ? resolve(ROOT, url.slice(modules + 1))
        : url;
  return new Uint8Array(readFileSync(path));
}

/**
 * The face as a TrueType file on disk under the family name `family`, for a renderer that loads
 * fonts from files. Made once and kept in node_modules/.cache.
 */
export function trueTypeFile(face: Face, family: string): string {
  const key = createHash('sha256').update(`${face.woff}|${family}`).digest('hex').slice(0, 16);
  const file = resolve(CACHE, `${key}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const ttf = sfntFromWoff(fontFileBytes(face.woff), { family, style: 'Regular' });
    // Written beside and renamed, so a process stopped midway leaves no broken font.
    writeFileSync(`${file}.partial`, ttf);
    renameSync(`${file}.partial`, file);
  }
  return file;
}

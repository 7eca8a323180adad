import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from '../paths';

const CACHE = resolve(ROOT, 'node_modules/.cache/kzcn-compressed');

const compressors = {
  // Brotli's best is slow (a second a megabyte); each result is kept by content.
  br: (bytes: Buffer) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gz: (bytes: Buffer) => gzipSync(bytes, { level: 9 }),
};

function compressed(bytes: Buffer, ext: keyof typeof compressors): Buffer {
  const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const cached = resolve(CACHE, `${key}.${ext}`);
  if (existsSync(cached)) return readFileSync(cached);
  const out = compressors[ext](bytes);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${cached}.partial`, out);
  renameSync(`${cached}.partial`, cached);
  return out;
}

/** Files a host sends compressed: text. Fonts, images and archives are compressed already. */
const TEXT = /\.(html|js|css|json|svg|txt|xml|webmanifest)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `.br` and `.gz` beside every text file of the site, for hosts that serve a precompressed
 * copy (nginx's gzip_static and brotli_static, and the preview server): none has to compress a
 * page on each request, and one that cannot compress at all still can send it small. A copy that
 * saves less than a tenth is left out. Returns the bytes of the copies written.
 */
export function compressFiles(dir: string): number {
  let written = 0;
  for (const path of filesUnder(dir)) {
    if (!TEXT.test(path)) continue;
    const bytes = readFileSync(path);
    if (bytes.length < 1024) continue;
    for (const ext of ['br', 'gz'] as const) {
      const copy = compressed(bytes, ext);
      if (copy.length > bytes.length * 0.9) continue;
      writeFileSync(`${path}.${ext}`, copy);
      written += copy.length;
    }
  }
  return written;
}

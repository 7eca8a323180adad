import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import UPNG from 'upng-js';
import { ROOT } from '../paths';

const CACHE = resolve(ROOT, 'node_modules/.cache/kzcn-png');

interface Chunk {
  type: string;
  bytes: Uint8Array;
}

function chunksOf(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, bytes: png.subarray(at, at + 12 + length) });
    at += 12 + length;
  }
  return out;
}

/** What a file says of itself (title, source, address, pixel density), kept through re-encoding. */
const KEPT = new Set(['tEXt', 'iTXt', 'zTXt', 'pHYs']);

/**
 * The same image in at most 256 colours (UPNG's quantiser), with the original's text chunks and
 * density: a chart of a few flat colours and their anti-aliased edges looks the same and weighs
 * about a third. For the images the build bakes at stable addresses (link previews, "insert by
 * URL"); a reader's own PNG export stays full colour. Kept in node_modules/.cache by content.
 */
export function palettePng(png: Uint8Array): Uint8Array {
  const key = createHash('sha256').update(png).digest('hex').slice(0, 24);
  const cached = resolve(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const image = UPNG.decode(png.slice().buffer);
  const [rgba] = UPNG.toRGBA8(image);
  if (!rgba) return png;
  const encoded = new Uint8Array(UPNG.encode([rgba], image.width, image.height, 256));
  const kept = chunksOf(png).filter((c) => KEPT.has(c.type));
  const parts = chunksOf(encoded);
  const idat = parts.findIndex((c) => c.type === 'IDAT');
  const ordered = [
    ...parts.slice(0, idat).filter((c) => c.type !== 'pHYs'),
    ...kept,
    ...parts.slice(idat),
  ];
  const out = new Uint8Array(8 + ordered.reduce((n, c) => n + c.bytes.length, 0));
  out.set(encoded.subarray(0, 8));
  let at = 8;
  for (const c of ordered) {
    out.set(c.bytes, at);
    at += c.bytes.length;
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${cached}.partial`, out);
  renameSync(`${cached}.partial`, cached);
  return out;
}

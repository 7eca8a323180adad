/**
 * PNG text chunks (iTXt, UTF-8) written after IHDR and read back, so an exported image carries
 * its title, summary, sources and view URL, and can be dropped back onto the dashboard.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword, no language tag, UTF-8 text. */
export function iTXt(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const key = enc.encode(keyword);
  const body = enc.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // null separator, compression flag 0, method 0, empty language tag and translated keyword
  data.set([0, 0, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Signature (8 bytes) and IHDR, which the PNG specification puts first, always 13 bytes long. */
const IHDR_END = 8 + 12 + 13;

/** A tEXt chunk: keyword and Latin-1 text, which every PNG reader shows (ImageMagick, Windows). */
export function tEXt(keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const all = `${keyword}\0${text}`;
  const bytes = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) bytes[i] = all.charCodeAt(i) & 0xff;
  return chunk('tEXt', bytes);
}

/** Only what tEXt can carry: printable ASCII, as the programs that read it expect. */
export const isPlainAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/**
 * pHYs: pixels per metre, so that a PNG drawn at `scale`× is placed at its on-screen size
 * (96 CSS pixels to the inch) in Word, PowerPoint and LibreOffice, not at `scale` times it.
 */
export function pHYs(scale: number): Uint8Array<ArrayBuffer> {
  const perMetre = Math.round((scale * 96) / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
}

/** The PNG's chunks after IHDR, leaving out any of `drop`'s types. */
function chunksAfterIhdr(png: Uint8Array, drop: string): Uint8Array[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const out: Uint8Array[] = [];
  let at = IHDR_END;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    if (type !== drop) out.push(png.subarray(at, at + 12 + length));
    at += 12 + length;
  }
  return out;
}

interface PngTags {
  /** Unicode text, as iTXt. */
  text: Record<string, string>;
  /** The same keywords in plain ASCII, as tEXt, for readers that know no iTXt. */
  ascii?: Record<string, string>;
  /** The pixel density the PNG was drawn at: 2 for a 2× export. */
  scale?: number;
}

/** The PNG with its density and text chunks right after IHDR, where every reader looks for them. */
export function tagPng(png: Uint8Array, tags: PngTags): Uint8Array<ArrayBuffer> {
  const added = [
    ...(tags.scale === undefined ? [] : [pHYs(tags.scale)]),
    ...Object.entries(tags.ascii ?? {})
      .filter(([, v]) => isPlainAscii(v))
      .map(([k, v]) => tEXt(k, v)),
    // After the tEXt, so that a reader keeping the last of a keyword keeps the Unicode text.
    ...Object.entries(tags.text).map(([k, v]) => iTXt(k, v)),
  ];
  const rest = tags.scale === undefined ? [png.subarray(IHDR_END)] : chunksAfterIhdr(png, 'pHYs');
  const parts = [png.subarray(0, IHDR_END), ...added, ...rest];
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads every tEXt and iTXt chunk of a PNG into keyword → text. */
export function readTextChunks(png: Uint8Array): Record<string, string> {
  if (!isPng(png)) return {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const out: Record<string, string> = {};
  let at = 8;
  while (at + 8 <= png.length) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt' || type === 'tEXt') {
      const sep = data.indexOf(0);
      const keyword = dec.decode(data.subarray(0, sep));
      if (type === 'tEXt') out[keyword] = dec.decode(data.subarray(sep + 1));
      else {
        // Skip the flags, then the language tag and translated keyword (each null-terminated).
        let p = sep + 3;
        p = data.indexOf(0, p) + 1;
        p = data.indexOf(0, p) + 1;
        out[keyword] = dec.decode(data.subarray(p));
      }
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

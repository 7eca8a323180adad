import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const NAME = 0x6e616d65; // 'name'

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

function woffTables(woff: Uint8Array): { flavor: number; tables: Table[] } {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 font');
  }
  const count = view.getUint16(12);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const original = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? unzlibSync(stored) : stored;
    if (data.byteLength !== original) throw new Error('WOFF table has the wrong length');
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  return { flavor: view.getUint32(4), tables };
}

function writeSfnt(flavor: number, unsorted: readonly Table[]): Uint8Array {
  // The directory is sorted by tag, and every table starts on a four-byte boundary.
  const tables = [...unsorted].sort((a, b) => a.tag - b.tag);
  const count = tables.length;
  const head = 12 + 16 * count;
  const out = new Uint8Array(tables.reduce((sum, t) => sum + align4(t.data.byteLength), head));
  const sfnt = new DataView(out.buffer);
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, power * 16);
  sfnt.setUint16(8, log);
  sfnt.setUint16(10, count * 16 - power * 16);
  let offset = head;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    sfnt.setUint32(at, table.tag);
    sfnt.setUint32(at + 4, table.checksum);
    sfnt.setUint32(at + 8, offset);
    sfnt.setUint32(at + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += align4(table.data.byteLength);
  });
  return out;
}

/** How a face calls itself: its family, and its style within the family ("Regular", "Italic"). */
export interface FaceName {
  family: string;
  style: string;
}

/**
 * A 'name' table naming the face `family`/`style` (Windows, Unicode, English). The font files
 * name their semibold faces as a family of their own ("Noto Sans SemiBold"); a renderer that
 * picks a face by family and weight needs them in the family the figure names.
 */
export function nameTable({ family, style }: FaceName): Uint8Array {
  const ps = `${family}-${style}`.replace(/[^A-Za-z0-9-]/g, '');
  const records: [number, string][] = [
    [1, family],
    [2, style],
    [4, `${family} ${style}`],
    [6, ps],
    [16, family],
    [17, style],
  ];
  const strings = records.map(([, s]) => {
    const bytes = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      bytes[i * 2] = s.charCodeAt(i) >> 8;
      bytes[i * 2 + 1] = s.charCodeAt(i) & 0xff;
    }
    return bytes;
  });
  const headerSize = 6 + 12 * records.length;
  const out = new Uint8Array(headerSize + strings.reduce((n, b) => n + b.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, records.length);
  view.setUint16(4, headerSize);
  let at = 0;
  records.forEach(([id], i) => {
    const r = 6 + i * 12;
    const bytes = strings[i] ?? new Uint8Array();
    [3, 1, 0x409, id, bytes.length, at].forEach((v, j) => view.setUint16(r + j * 2, v));
    out.set(bytes, headerSize + at);
    at += bytes.length;
  });
  return out;
}

/**
 * The TrueType file inside a WOFF 1.0 font: the same tables, inflated where they were deflated,
 * behind a plain table directory. PDF files embed TrueType, and WOFF is what the page already
 * serves, so the figure font reaches a PDF without a second copy of every face. With `name`, the
 * face is renamed (see nameTable).
 */
export function sfntFromWoff(woff: Uint8Array, name?: FaceName): Uint8Array {
  const { flavor, tables } = woffTables(woff);
  if (!name) return writeSfnt(flavor, tables);
  const data = nameTable(name);
  const renamed = tables.filter((t) => t.tag !== NAME);
  return writeSfnt(flavor, [...renamed, { tag: NAME, checksum: tableChecksum(data), data }]);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The sum of a table's big-endian 32-bit words, as the TrueType table directory records it. */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.byteLength; i += 4) {
    const word =
      ((data[i] ?? 0) << 24) |
      ((data[i + 1] ?? 0) << 16) |
      ((data[i + 2] ?? 0) << 8) |
      (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

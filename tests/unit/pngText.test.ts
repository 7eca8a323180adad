import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngSize, readTextChunks, tagPng } from '../../src/export/pngText';

function tinyPng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('PNG text chunks', () => {
  it('adds UTF-8 text after IHDR and leaves an image every decoder still reads', () => {
    const source = tinyPng(5, 3);
    const tagged = tagPng(source, {
      text: { Title: 'Trade — торговля 贸易', URL: '/chart/trade' },
    });
    expect(readTextChunks(tagged)).toEqual({ Title: 'Trade — торговля 贸易', URL: '/chart/trade' });
    expect(pngSize(tagged)).toEqual({ width: 5, height: 3 });
    // pngjs checks every chunk's CRC, so a wrong one fails here.
    const decoded = PNG.sync.read(Buffer.from(tagged), { checkCRC: true });
    expect(decoded.width).toBe(5);
    expect(decoded.data[0]).toBe(200);
    expect(tagged.length).toBeGreaterThan(source.length);
  });

  it('adds ASCII tEXt for readers without iTXt, and the density of a 2× export', () => {
    const source = tinyPng(4, 4);
    // pngjs writes its own pHYs: the export's replaces it, so there is only one.
    const tagged = tagPng(source, {
      scale: 2,
      ascii: { Title: 'Trade', Source: 'торговля' },
      text: { Title: 'Trade — торговля' },
    });
    const types: string[] = [];
    const view = new DataView(tagged.buffer);
    for (let at = 8; at < tagged.length;) {
      const length = view.getUint32(at);
      types.push(new TextDecoder().decode(tagged.subarray(at + 4, at + 8)));
      if (types.at(-1) === 'pHYs') {
        // 2 × 96 dots per inch, in dots per metre, in both directions, unit: metre.
        expect(view.getUint32(at + 8)).toBe(7559);
        expect(view.getUint32(at + 12)).toBe(7559);
        expect(tagged[at + 16]).toBe(1);
      }
      at += 12 + length;
    }
    expect(types.filter((t) => t === 'pHYs')).toHaveLength(1);
    // The ASCII title is there as tEXt; a value that is not ASCII is left to iTXt alone.
    expect(types.filter((t) => t === 'tEXt')).toHaveLength(1);
    expect(readTextChunks(tagged)).toEqual({ Title: 'Trade — торговля' });
    expect(PNG.sync.read(Buffer.from(tagged), { checkCRC: true }).width).toBe(4);
  });
});

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
    const tagged = tagPng(source, { Title: 'Trade — торговля 贸易', URL: '/chart/trade' });
    expect(readTextChunks(tagged)).toEqual({ Title: 'Trade — торговля 贸易', URL: '/chart/trade' });
    expect(pngSize(tagged)).toEqual({ width: 5, height: 3 });
    // pngjs checks every chunk's CRC, so a wrong one fails here.
    const decoded = PNG.sync.read(Buffer.from(tagged), { checkCRC: true });
    expect(decoded.width).toBe(5);
    expect(decoded.data[0]).toBe(200);
    expect(tagged.length).toBeGreaterThan(source.length);
  });
});

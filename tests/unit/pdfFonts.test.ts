// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { inkedCells, withProbes } from '../../src/export-browser/rasterise';
import type { Face } from '../../src/export/fonts';
import { runsByFace, setTextInFaces, splitHalos } from '../../src/export/pdfFonts';
import { sfntFromWoff, tableChecksum } from '../../src/export/sfnt';

const FILES = resolve(__dirname, '../../node_modules/@fontsource');

function woff(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FILES, path)));
}

interface Table {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

function directory(sfnt: Uint8Array): Table[] {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => {
    const at = 12 + i * 16;
    return {
      tag: String.fromCharCode(...sfnt.subarray(at, at + 4)),
      checksum: view.getUint32(at + 4),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
}

interface TrueTypeFont {
  cmap: { unicode: { codeMap: Record<number, number> } };
}

function openTrueType(sfnt: Uint8Array): TrueTypeFont {
  const api = jsPDF.API as unknown as { TTFFont: { open: (b: Uint8Array) => TrueTypeFont } };
  return api.TTFFont.open(sfnt);
}

describe('WOFF to TrueType', () => {
  for (const file of [
    'noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff',
    'noto-sans/files/noto-sans-latin-600-normal.woff',
    'noto-sans-sc/files/noto-sans-sc-97-400-normal.woff',
  ]) {
    it(`${file}: every table intact, aligned and sorted`, () => {
      const sfnt = sfntFromWoff(woff(file));
      const tables = directory(sfnt);
      expect(tables.length).toBeGreaterThan(8);
      expect(tables.map((t) => t.tag)).toEqual(tables.map((t) => t.tag).sort());
      for (const t of tables) {
        expect(t.offset % 4, t.tag).toBe(0);
        expect(t.offset + t.length).toBeLessThanOrEqual(sfnt.byteLength);
        // head's recorded checksum is taken with its checkSumAdjustment as zero.
        if (t.tag !== 'head') {
          expect(tableChecksum(sfnt.subarray(t.offset, t.offset + t.length)), t.tag).toBe(
            t.checksum,
          );
        }
      }
    });
  }

  it('gives a font jsPDF reads, with the Kazakh letters and the Chinese characters', () => {
    const kazakh = openTrueType(
      sfntFromWoff(woff('noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff')),
    );
    for (const letter of 'әғқңөүһӘҒҚҢӨҮҺ') {
      expect(kazakh.cmap.unicode.codeMap[letter.charCodeAt(0)], letter).toBeGreaterThan(0);
    }
    // ұ and і sit in the basic Cyrillic slice.
    const cyrillic = openTrueType(
      sfntFromWoff(woff('noto-sans/files/noto-sans-cyrillic-400-normal.woff')),
    );
    for (const letter of 'ұіҰІ') {
      expect(cyrillic.cmap.unicode.codeMap[letter.charCodeAt(0)], letter).toBeGreaterThan(0);
    }
    const css = readFileSync(resolve(FILES, 'noto-sans-sc/400.css'), 'utf8');
    const slice = /noto-sans-sc-(\d+)-400-normal\.woff2\) format\('woff2'\)[^}]*U\+5f71/.exec(
      css.replace(/\n/g, ' '),
    );
    const chinese = openTrueType(
      sfntFromWoff(woff(`noto-sans-sc/files/noto-sans-sc-${slice?.[1] ?? '0'}-400-normal.woff`)),
    );
    expect(chinese.cmap.unicode.codeMap[0x5f71]).toBeGreaterThan(0);
  });

  it('refuses anything but WOFF 1.0', () => {
    expect(() => sfntFromWoff(new Uint8Array(64))).toThrow(/WOFF/);
  });
});

const face = (range: string, weight = 400, italic = false): Face => ({
  family: 'Noto Sans',
  url: `${range}-${String(weight)}.woff2`,
  woff: `${range}-${String(weight)}${italic ? 'i' : ''}.woff`,
  weight,
  italic,
  range,
});
const LATIN = face('U+0000-00FF');
const LATIN_BOLD = face('U+0000-00FF', 600);
const LATIN_ITALIC = face('U+0000-00FF', 400, true);
const CYRILLIC = face('U+0400-045F');
const KAZAKH = face('U+0460-052F');
const FACES = [LATIN, LATIN_BOLD, LATIN_ITALIC, CYRILLIC, KAZAKH];

describe('runs by face', () => {
  it('splits text where the script changes and keeps each run in one face', () => {
    const runs = runsByFace('44 млрд $, Тоқаев', FACES, 400);
    expect(runs.map((r) => [r.text, r.face?.range])).toEqual([
      ['44 ', LATIN.range],
      ['млрд', CYRILLIC.range],
      [' $, ', LATIN.range],
      ['То', CYRILLIC.range],
      ['қ', KAZAKH.range],
      ['аев', CYRILLIC.range],
    ]);
  });

  it('takes the face of the asked weight and style, else another of the same script', () => {
    expect(runsByFace('Total', FACES, 600)[0]?.face).toBe(LATIN_BOLD);
    expect(runsByFace('Quote', FACES, 400, true)[0]?.face).toBe(LATIN_ITALIC);
    expect(runsByFace('мир', FACES, 600)[0]?.face).toBe(CYRILLIC);
  });

  it('leaves a run no face covers without one', () => {
    expect(runsByFace('a≈b', FACES, 400).map((r) => [r.text, r.face])).toEqual([
      ['a', LATIN],
      ['≈', undefined],
      ['b', LATIN],
    ]);
  });
});

function svg(markup: string): Element {
  return new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`,
    'image/svg+xml',
  ).documentElement;
}

describe('the figure text for the PDF', () => {
  it('puts every run in a tspan that names its face, weight and style reset', () => {
    const root = svg(
      '<text x="10" font-weight="600">Итого: <tspan x="10" dy="14">44 млрд $</tspan></text><title>Кілт</title>',
    );
    const used = setTextInFaces(root, FACES);
    const spans = [...root.querySelectorAll('text tspan tspan, text > tspan:not([x])')];
    expect(spans.map((s) => s.textContent).join('|')).toBe('Итого|: |44 |млрд| $');
    expect(new Set(spans.map((s) => s.getAttribute('font-weight')))).toEqual(new Set(['normal']));
    expect(used).toEqual(expect.arrayContaining([LATIN_BOLD, CYRILLIC]));
    expect(used).not.toContain(LATIN);
    // The line's own position stays on the line.
    expect(root.querySelector('tspan[x="10"]')?.getAttribute('dy')).toBe('14');
    // Text outside <text> (the accessible title) is left alone.
    expect(root.querySelector('title')?.childElementCount).toBe(0);
  });

  it('falls back to Helvetica, with plain characters, where no face has the glyph', () => {
    const root = svg('<text>≈44</text>');
    setTextInFaces(root, FACES);
    const spans = [...root.querySelectorAll('tspan')];
    expect(spans.map((s) => [s.getAttribute('font-family'), s.textContent])).toEqual([
      ['helvetica', '~'],
      [expect.stringMatching(/^kzcn-pdf-\d+$/), '44'],
    ]);
  });

  it('draws a label’s halo as a stroked copy beneath it', () => {
    const root = svg(
      '<text x="5" y="9" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">Астана</text>',
    );
    splitHalos(root);
    const [halo, label] = [...root.querySelectorAll('text')];
    expect(halo?.getAttribute('fill')).toBe('none');
    expect(halo?.getAttribute('stroke')).toBe('#fff');
    expect(label?.getAttribute('fill')).toBe('#111');
    expect(label?.hasAttribute('stroke')).toBe(false);
    expect(halo?.textContent).toBe(label?.textContent);
  });
});

describe('font probes for the PNG', () => {
  const figure =
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>';

  it('grows the image by a strip holding one character per face', () => {
    const probes = Array.from({ length: 5 }, (_, i) => ({
      char: i === 0 ? '<' : String.fromCharCode(0x4e00 + i),
      weight: i % 2 ? 600 : 400,
      italic: i === 4,
    }));
    const probed = withProbes(figure, 100, 50, probes);
    // 100 px holds four 24 px cells a row, so five probes take two rows.
    expect(probed.strip).toBe(48);
    expect(probed.cells).toBe(5);
    const root = new DOMParser().parseFromString(probed.svg, 'image/svg+xml').documentElement;
    expect(root.getAttribute('height')).toBe('98');
    expect(root.getAttribute('viewBox')).toBe('0 0 100 98');
    const texts = [...root.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent)).toEqual(probes.map((p) => p.char));
    expect(texts.every((t) => Number(t.getAttribute('y')) > 50)).toBe(true);
    expect(texts[4]?.getAttribute('font-style')).toBe('italic');
  });

  it('counts a cell as shown only once it holds ink', () => {
    const width = 100;
    const data = new Uint8ClampedArray(width * 48 * 4);
    expect(inkedCells(data, width, 5)).toBe(0);
    const ink = (x: number, y: number) => (data[(y * width + x) * 4 + 3] = 255);
    ink(30, 10); // second cell, first row
    ink(5, 40); // first cell, second row
    expect(inkedCells(data, width, 5)).toBe(2);
  });
});

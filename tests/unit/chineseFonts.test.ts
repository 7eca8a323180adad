import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseFontFaces } from '../../src/build/chineseFontCss';

const FILE = 'src/styles/chinese-fonts.css';
const HEADER =
  '/* Noto Sans SC, limited to the Chinese blocks. Generated from @fontsource/noto-sans-sc by tests/unit/chineseFonts.test.ts (UPDATE_FONT_CSS=1 rewrites it). */\n';

function expected(): string {
  const dir = '../../node_modules/@fontsource/noto-sans-sc/files';
  const css = ['400', '600']
    .map((w) => readFileSync(`node_modules/@fontsource/noto-sans-sc/${w}.css`, 'utf8'))
    .map((c) => chineseFontFaces(c, dir))
    .join('\n');
  return `${HEADER}${css.trim()}\n`;
}

describe('the Chinese font faces', () => {
  it('are up to date with the font package', () => {
    if (process.env.UPDATE_FONT_CSS === '1') writeFileSync(FILE, expected());
    expect(readFileSync(FILE, 'utf8')).toBe(expected());
  });

  it('cover Chinese only: no Latin, Cyrillic or symbol a Western page would use', () => {
    const css = readFileSync(FILE, 'utf8');
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1] ?? '');
    expect(ranges.length).toBeGreaterThan(100);
    for (const range of ranges) {
      for (const part of range.split(',')) {
        const lo = parseInt(part.replace(/^U\+/, '').split('-')[0] ?? '0', 16);
        expect(lo).toBeGreaterThanOrEqual(0x2e80);
      }
    }
    expect(css).toMatch(/font-weight: 600/);
    expect(css).not.toMatch(/\.woff\)/);
  });
});

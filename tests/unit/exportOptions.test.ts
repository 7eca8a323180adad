import { describe, expect, it } from 'vitest';
import {
  checkPngPixels,
  DEFAULT_OPTIONS,
  resolveSize,
  type ExportOptions,
} from '../../src/export/options';

const custom = (patch: Partial<ExportOptions>): ExportOptions => ({
  ...DEFAULT_OPTIONS,
  size: 'custom',
  ...patch,
});

describe('export options', () => {
  it('gives presets their fixed size and "as shown" the screen width', () => {
    expect(resolveSize({ ...DEFAULT_OPTIONS, size: 'slide' }, 500)).toMatchObject({
      width: 1920,
      height: 1080,
    });
    expect(resolveSize(DEFAULT_OPTIONS, 733.4)).toMatchObject({ width: 733 });
    expect(resolveSize(DEFAULT_OPTIONS, 733).height).toBeUndefined();
    expect(resolveSize({ ...DEFAULT_OPTIONS, title: false }, 733).omit).toEqual({
      title: true,
      source: false,
    });
  });

  it.each([
    [0, 'Width must be between 280 and 8192 px, not 0'],
    [-5, 'Width must be between 280 and 8192 px, not -5'],
    [8193, 'Width must be between 280 and 8192 px, not 8193'],
    [Number.NaN, 'Width must be a number of pixels'],
    [Number.POSITIVE_INFINITY, 'Width must be a number of pixels'],
  ])('refuses a custom width of %s', (width, message) => {
    expect(() => resolveSize(custom({ width }), 900)).toThrow(message);
  });

  it('refuses a bad height and a bad scale', () => {
    expect(() => resolveSize(custom({ height: 10 }), 900)).toThrow('Height must be between 200');
    expect(() => resolveSize({ ...DEFAULT_OPTIONS, scale: 5 }, 900)).toThrow('PNG scale must be');
    expect(() => resolveSize({ ...DEFAULT_OPTIONS, scale: 1.5 }, 900)).toThrow('PNG scale must be');
  });

  it('refuses PNGs larger than a browser canvas holds', () => {
    expect(() => checkPngPixels(3840 * 2, 2160 * 2)).not.toThrow();
    expect(() => checkPngPixels(8192, 8192)).not.toThrow();
    expect(() => checkPngPixels(8192 * 4, 1080 * 4)).toThrow('A PNG of 32768 × 4320 px is more');
    expect(() => checkPngPixels(8192 * 2, 8192 * 2)).toThrow('choose a smaller size or scale');
  });
});

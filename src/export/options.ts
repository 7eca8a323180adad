import { SCREEN_TYPE_WIDTH, type FigureSize } from '../figure/frame';

export const SIZES = ['shown', 'slide', 'classic', 'square', 'custom'] as const;
export type SizePreset = (typeof SIZES)[number];
export const EXPORT_THEMES = ['light', 'dark', 'transparent'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

/** PNG densities offered: sharp on a 4K screen at 2×, print-ready at 4×. */
export const PNG_SCALES = [1, 2, 3, 4] as const;

export interface ExportOptions {
  size: SizePreset;
  /** For `custom` only, in CSS px. */
  width: number;
  height: number;
  /** PNG density. */
  scale: number;
  theme: ExportTheme;
  title: boolean;
  source: boolean;
}

export const SIZE_PRESETS: Record<
  Exclude<SizePreset, 'shown' | 'custom'>,
  { width: number; height: number }
> = {
  slide: { width: 1920, height: 1080 },
  classic: { width: 1440, height: 1080 },
  square: { width: 1080, height: 1080 },
};

export const DEFAULT_OPTIONS: ExportOptions = {
  size: 'shown',
  width: 1200,
  height: 800,
  scale: 2,
  theme: 'light',
  title: true,
  source: true,
};

export const MAX_SIDE = 8192;
export const MIN_WIDTH = 280;

/** The figure's size for these options; a bad custom size or scale is refused with a reason. */
export function resolveSize(options: ExportOptions, shownWidth: number): FigureSize {
  const scale = options.scale;
  if (!oneOf(PNG_SCALES)(scale)) {
    const allowed = PNG_SCALES.map((s) => `${String(s)}×`);
    const list = `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1) ?? ''}`;
    throw new Error(`PNG scale must be ${list}, not ${String(scale)}`);
  }
  const omit = { title: !options.title, source: !options.source };
  if (options.size === 'shown') {
    // As on screen: the text at the size the card shows it.
    return { width: checkSide('Width', shownWidth, MIN_WIDTH), omit, typeWidth: SCREEN_TYPE_WIDTH };
  }
  if (options.size === 'custom') {
    return {
      width: checkSide('Width', options.width, MIN_WIDTH),
      height: checkSide('Height', options.height, 200),
      omit,
    };
  }
  const preset = SIZE_PRESETS[options.size];
  return { width: preset.width, height: preset.height, omit };
}

/** What a browser canvas reliably holds: Chromium caps a side at 32,767 px and the area lower. */
export const MAX_PNG_PIXELS = MAX_SIDE * MAX_SIDE;
export const MAX_PNG_SIDE = 16_384;

/** Refuses a PNG bigger than a browser can draw, instead of handing back an empty image. */
export function checkPngPixels(width: number, height: number): void {
  if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE || width * height > MAX_PNG_PIXELS) {
    throw new Error(
      `A PNG of ${String(width)} × ${String(height)} px is more than a browser can draw; choose a smaller size or scale`,
    );
  }
}

function checkSide(what: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${what} must be a number of pixels`);
  }
  if (value < min || value > MAX_SIDE) {
    throw new Error(
      `${what} must be between ${String(min)} and ${String(MAX_SIDE)} px, not ${String(value)}`,
    );
  }
  return Math.round(value);
}

/** Whether `value` is one of `allowed`. */
function oneOf<T>(allowed: readonly T[]) {
  return (value: unknown): value is T => allowed.includes(value as T);
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';

const RULES: { [K in keyof ExportOptions]: (value: unknown) => boolean } = {
  size: oneOf(SIZES),
  width: isNumber,
  height: isNumber,
  scale: oneOf(PNG_SCALES),
  theme: oneOf(EXPORT_THEMES),
  title: isBoolean,
  source: isBoolean,
};

/** Options read from elsewhere (storage, a command line): each bad value falls back on its own. */
export function parseOptions(raw: unknown): ExportOptions {
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(RULES) as (keyof ExportOptions)[]) {
    out[key] = RULES[key](given[key]) ? given[key] : DEFAULT_OPTIONS[key];
  }
  return out as unknown as ExportOptions;
}

import type { FigureSize } from '../figure/frame';

export type SizePreset = 'shown' | 'slide' | 'classic' | 'square' | 'custom';
export type ExportTheme = 'light' | 'dark' | 'transparent';

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
  { width: number; height: number; label: string }
> = {
  slide: { width: 1920, height: 1080, label: 'Slide 16:9 (1920 × 1080)' },
  classic: { width: 1440, height: 1080, label: 'Slide 4:3 (1440 × 1080)' },
  square: { width: 1080, height: 1080, label: 'Square (1080 × 1080)' },
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
  if (!Number.isInteger(scale) || scale < 1 || scale > 4) {
    throw new Error(`PNG scale must be 1×, 2×, 3× or 4×, not ${String(scale)}`);
  }
  const omit = { title: !options.title, source: !options.source };
  if (options.size === 'shown') return { width: checkSide('Width', shownWidth, MIN_WIDTH), omit };
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

const STORAGE_KEY = 'kzcn-export-options';

/** Options the reader chose last time; anything malformed falls back to the defaults. */
export function loadOptions(): ExportOptions {
  try {
    const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<
      Record<keyof ExportOptions, unknown>
    >;
    const pick = <K extends keyof ExportOptions>(
      key: K,
      ok: (v: unknown) => boolean,
    ): ExportOptions[K] => (ok(raw[key]) ? (raw[key] as ExportOptions[K]) : DEFAULT_OPTIONS[key]);
    const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    return {
      size: pick('size', (v) =>
        ['shown', 'slide', 'classic', 'square', 'custom'].includes(v as string),
      ),
      width: pick('width', isNum),
      height: pick('height', isNum),
      scale: pick('scale', (v) => v === 1 || v === 2 || v === 3 || v === 4),
      theme: pick('theme', (v) => v === 'light' || v === 'dark' || v === 'transparent'),
      title: pick('title', (v) => typeof v === 'boolean'),
      source: pick('source', (v) => typeof v === 'boolean'),
    };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export function saveOptions(options: ExportOptions): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Storage may be blocked; the options then last for this page only.
  }
}

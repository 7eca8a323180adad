export type ThemeName = 'light' | 'dark';

/** Colours are resolved here, not in CSS, so the SVG carries them and exports need no stylesheet. */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** Kazakhstan: sky blue, from the flag, darkened until it reads as text on the background. */
  kz: string;
  /** China: red, from the flag. */
  cn: string;
  accent: string;
  neutral: string;
}

export const palettes: Record<ThemeName, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#56606b',
    grid: '#e4e8ec',
    axis: '#8b95a0',
    kz: '#00739a',
    cn: '#c8102e',
    accent: '#8a4b00',
    neutral: '#6b7580',
  },
  dark: {
    background: '#15191e',
    text: '#eef1f4',
    muted: '#a8b2bc',
    grid: '#2c333b',
    axis: '#6d7782',
    kz: '#4cc6ec',
    cn: '#ff7a70',
    accent: '#f0b450',
    neutral: '#9aa4ae',
  },
};

export type PaletteColor = Exclude<keyof Palette, 'background'>;

export const FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

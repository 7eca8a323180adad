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
  /** Four group colours, told apart by colour-blind readers too, always paired with labels. */
  group1: string;
  group2: string;
  group3: string;
  group4: string;
  /** Text on a filled group colour. */
  onGroup: string;
  /** Land outside the two countries on the map. */
  land: string;
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
    group1: '#0067a5',
    group2: '#a14f00',
    group3: '#00795a',
    group4: '#8a3f82',
    onGroup: '#ffffff',
    land: '#eceff2',
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
    group1: '#6cc0f0',
    group2: '#f0a64a',
    group3: '#4fd1a8',
    group4: '#e29ad8',
    onGroup: '#15191e',
    land: '#242b33',
  },
};

export type PaletteColor = Exclude<keyof Palette, 'background'>;

// Noto Sans on screen and in PNG; elsewhere Arial or its metric twin Liberation Sans, both narrower
// than Noto, so text laid out for Noto never overflows in another renderer.
export const FONT_FAMILY =
  "'Noto Sans', 'Noto Sans SC', Arial, 'Liberation Sans', Helvetica, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

import type { PaletteColor } from '../../figure/palette';
import type { FigureModel } from '../../figure/model';

export type GroupColor = Extract<PaletteColor, 'group1' | 'group2' | 'group3' | 'group4'>;

/** One document in the grid; the first `named.length` are the agreements known by name. */
export interface Unit {
  index: number;
  x: number;
  y: number;
  size: number;
  named: boolean;
}

export interface Pill {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: GroupColor;
  selected: boolean;
  dimmed: boolean;
}

export interface ThemeBlock {
  id: string;
  label: string;
  color: GroupColor;
  x: number;
  y: number;
  width: number;
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
  weight: 400 | 600;
  color: 'text' | 'muted' | 'accent';
}

export interface AgreementsPlot {
  width: number;
  height: number;
  fontSize: number;
  units: Unit[];
  unitRadius: number;
  notes: TextLine[];
  themes: ThemeBlock[];
  pills: Pill[];
  k: number;
}

export type AgreementsFigure = FigureModel<AgreementsPlot>;

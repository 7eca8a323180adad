import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { NuclearStep } from '../../schema/nuclear';
import type { NuclearText } from './text';

export const round = (n: number) => Math.round(n * 100) / 100;

export function whenText(step: NuclearStep, t: NuclearText, lang: Language): string {
  return 'date' in step.when
    ? formatPartialDate(step.when.date, lang)
    : t.yearRange(step.when.fromYear, step.when.toYear);
}

export function stepYears(step: NuclearStep): number[] {
  if ('date' in step.when) return [Number(step.when.date.slice(0, 4))];
  const out: number[] = [];
  for (let y = step.when.fromYear; y <= step.when.toYear; y++) out.push(y);
  return out;
}

type StepFigure = NonNullable<NuclearStep['figures']>[number];

export function figureValue(f: StepFigure, lang: Language): string {
  return f.unit === 'percent' ? formatPercent(f.value, 2, lang) : formatNumber(f.value, 2, lang);
}

import type { InteractiveMark } from '../../figure/model';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { describeSource } from '../../i18n/sourceWords';
import type { Agreements } from '../../schema/agreements';
import type { SourceIndex } from '../../schema/sources';
import { round } from './agreementsGeometry';
import { levelLabel } from './agreementsLookups';
import type { AgreementsPlot, Pill, Unit } from './agreementsTypes';
import type { AgreementsText } from './text';

/** What the marks read; `origin` is the plot's top-left corner in figure coordinates. */
export interface MarkInput {
  a: Agreements;
  t: AgreementsText;
  lang: Language;
  sources: SourceIndex;
  date: string;
  origin: { x: number; y: number };
}

type Named = Agreements['named'][number];

/** A named agreement's square, big enough to tap even when the grid is small. */
function namedMark(
  { a, t, lang, sources, origin }: MarkInput,
  u: Unit,
  agreement: Named,
): InteractiveMark {
  const level = levelLabel(a, agreement.level);
  return {
    id: `named-${agreement.id}`,
    x: round(origin.x + u.x + u.size / 2),
    y: round(origin.y + u.y + u.size / 2),
    r: Math.max(u.size / 2, 12),
    label: t.marks.namedLabel(
      agreement.title,
      level,
      describeSource(sources.byId.get(agreement.source), lang),
    ),
    tooltip: {
      heading: agreement.title,
      value: t.marks.signedAt(level),
      ...(agreement.quote ? { quote: agreement.quote } : {}),
      sourceId: agreement.source,
    },
  };
}

/** The total sits at the grid's centre, between its first and last squares. */
function totalMark(
  { a, t, lang, sources, date, origin }: MarkInput,
  first: Unit,
  last: Unit,
): InteractiveMark {
  const n = a.total.value;
  const cx = (first.x + last.x + last.size) / 2;
  const cy = (first.y + last.y + last.size) / 2;
  return {
    id: 'total',
    x: round(origin.x + cx),
    y: round(origin.y + cy),
    r: 12,
    box: { width: 24, height: 24 },
    label: t.marks.totalLabel(n, date, describeSource(sources.byId.get(a.total.source), lang)),
    tooltip: {
      heading: t.marks.totalHeading(date),
      value: formatNumber(n, 0, lang),
      ...(a.total.quote ? { quote: a.total.quote } : {}),
      sourceId: a.total.source,
    },
  };
}

/** The named agreements, in the order of their squares, then the total; none without a grid. */
function documentMarks(input: MarkInput, units: Unit[]): InteractiveMark[] {
  const first = units[0];
  if (!first) return [];
  const named = units
    .filter((u) => u.named)
    .flatMap((u, i) => {
      const agreement = input.a.named[i];
      return agreement ? [namedMark(input, u, agreement)] : [];
    });
  return [...named, totalMark(input, first, units.at(-1) ?? first)];
}

/** A sector's pill; clicking it selects the sector across charts. */
function sectorMark({ a, t, origin }: MarkInput, p: Pill): InteractiveMark {
  const theme = a.themes.find((th) => th.id === a.sectors.items.find((s) => s.id === p.id)?.theme);
  return {
    id: `sector-${p.id}`,
    x: round(origin.x + p.x + p.width / 2),
    y: round(origin.y + p.y + p.height / 2),
    r: p.height / 2,
    box: { width: p.width, height: p.height },
    label: t.marks.sectorLabel(p.label, theme?.label ?? ''),
    tooltip: {
      heading: p.label,
      value: theme ? t.marks.sectorTheme(theme.label) : t.marks.sector,
      note: t.marks.sectorNote,
      sourceId: a.sectors.source,
    },
    select: { key: 'sector', value: p.id },
    selected: p.selected,
  };
}

/** Every interactive target: documents first, then sectors. */
export function agreementsMarks(input: MarkInput, plot: AgreementsPlot): InteractiveMark[] {
  return [...documentMarks(input, plot.units), ...plot.pills.map((p) => sectorMark(input, p))];
}

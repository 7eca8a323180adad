import { layoutFrame, typeScale, type LegendEntry } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import { measureText, wrapText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPartialDate, listJoin } from '../../i18n/format';
import { describeSource } from '../../i18n/sources';
import type { Agreements } from '../../schema/agreements';
import type { FigureModel, InteractiveMark, Quote, TableColumn } from '../../figure/model';
import type { ChartInput } from '../contract';
import { joinSentences, lowerLabel, upperFirst, type AgreementsText } from './text';

export type GroupColor = Extract<PaletteColor, 'group1' | 'group2' | 'group3' | 'group4'>;
const GROUP_COLORS: GroupColor[] = ['group1', 'group2', 'group3', 'group4'];

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

const round = (n: number) => Math.round(n * 100) / 100;

/** The levels, lowered and joined: `intergovernmental and interdepartmental`. */
function levelList(a: Agreements, lang: Language): string {
  return listJoin(
    a.levels.items.map((l) => lowerLabel(l.label, lang)),
    lang,
  );
}

/** The label of a level, by its id (the id itself if the data lacks it). */
function levelLabel(a: Agreements, id: string): string {
  return a.levels.items.find((l) => l.id === id)?.label ?? id;
}

export function summariseAgreements(
  a: Agreements,
  text: AgreementsText,
  lang: Language = 'en',
): string {
  const t = text.summary;
  const sectors = a.sectors.items.map((s) => lowerLabel(s.label, lang));
  const groups = a.themes.map((th) => {
    const members = a.sectors.items
      .filter((s) => s.theme === th.id)
      .map((s) => lowerLabel(s.label, lang));
    return t.group(lowerLabel(th.label, lang), listJoin(members, lang));
  });
  const named = a.named.map((n) => t.namedItem(n.title));
  return joinSentences(
    [
      t.signed(formatPartialDate(a.date, lang), a.city, a.total.value, levelList(a, lang)),
      t.sectors(sectors.length, listJoin(sectors, lang)),
      t.themes(groups.length, listJoin(groups, lang)),
      named.length > 0 ? t.named(named.length, listJoin(named, lang)) : '',
      t.undisclosed,
    ],
    lang,
  );
}

/** Lays pills left to right, wrapping within `width`; returns them and the height used. */
function flowPills(
  items: { id: string; label: string }[],
  x0: number,
  y0: number,
  width: number,
  fontSize: number,
  k: number,
): {
  placed: { id: string; label: string; x: number; y: number; width: number; height: number }[];
  height: number;
} {
  const h = round(fontSize * 2.1);
  const gap = round(6 * k);
  const padX = fontSize * 0.75;
  let x = x0;
  let y = y0;
  const placed = [];
  for (const item of items) {
    const w = round(Math.min(measureText(item.label, fontSize) + padX * 2, width));
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += h + gap;
    }
    placed.push({ id: item.id, label: item.label, x: round(x), y: round(y), width: w, height: h });
    x += w + gap;
  }
  return { placed, height: items.length === 0 ? 0 : y - y0 + h };
}

export function buildAgreementsFigure({
  data: { agreements: a },
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<{ agreements: Agreements }, AgreementsText>): AgreementsFigure {
  const date = formatPartialDate(a.date, lang);
  const n = a.total.value;
  const sectorCount = a.sectors.items.length;
  const themeColor = new Map(a.themes.map((th, i) => [th.id, GROUP_COLORS[i % 4] ?? 'group1']));
  const legend: LegendEntry[] = [
    { key: 'named', label: t.legend.named, color: 'accent', symbols: ['swatch'] },
    { key: 'other', label: t.legend.other, color: 'axis', symbols: ['swatch'] },
  ];
  const corroborating = (a.total.corroboration ?? []).map((id) => sources.byId.get(id));
  const text = {
    title: t.title(n, date, sectorCount),
    subtitle: t.subtitle,
    legend,
    source: t.source(
      date,
      corroborating
        .filter((s) => s !== undefined)
        .map((s) => describeSource(s).split(',')[0] ?? ''),
    ),
  };

  // The plot's height depends on how the pills wrap, so lay out with a provisional height first.
  const measure = (plotWidth: number) => layoutPlot(plotWidth, 0).height;
  const frame = layoutFrame(text, size, measure);
  const plot = layoutPlot(frame.plot.width, frame.plot.height);

  function layoutPlot(width: number, fixedHeight: number): AgreementsPlot {
    const { k, body: fontSize } = typeScale(size.width);
    const wide = width >= 680;
    const cols = wide ? 6 : width >= 420 ? 8 : 6;
    const rows = Math.ceil(n / cols);
    const leftWidth = wide ? Math.min(width * 0.4, 380 * k) : width;
    const gap = round(4 * k);
    const unit = round(Math.min((leftWidth - gap * (cols - 1)) / cols, 40 * k));
    const units: Unit[] = [];
    const namedCount = a.named.length;
    const top = fontSize * 0.4;
    for (let i = 0; i < n; i++) {
      units.push({
        index: i,
        x: round((i % cols) * (unit + gap)),
        y: round(top + Math.floor(i / cols) * (unit + gap)),
        size: unit,
        named: i < namedCount,
      });
    }
    const waffleBottom = top + rows * (unit + gap) - gap;

    const notes: TextLine[] = [];
    let ny = waffleBottom + fontSize * 1.6;
    const noteWidth = leftWidth;
    const addNote = (note: string, weight: 400 | 600, color: TextLine['color']) => {
      for (const line of wrapText(note, noteWidth, fontSize, weight)) {
        notes.push({ x: 0, y: round(ny), text: line, weight, color });
        ny += fontSize * 1.35;
      }
    };
    addNote(t.plot.documents(n), 600, 'text');
    addNote(t.plot.levelsSplit(upperFirst(levelList(a, lang))), 400, 'muted');
    if (namedCount > 0) {
      ny += fontSize * 0.4;
      addNote(t.plot.namedHeading, 600, 'accent');
      for (const named of a.named) addNote(t.plot.bullet(named.title), 400, 'text');
    }
    const leftHeight = ny;

    const themes: ThemeBlock[] = [];
    const pills: Pill[] = [];
    const rightX = wide ? leftWidth + 28 * k : 0;
    const rightWidth = wide ? width - rightX : width;
    let y = wide ? 0 : leftHeight + fontSize * 1.2;
    notes.push({
      x: round(rightX),
      y: round(y + fontSize),
      text: t.plot.sectorsHeading(sectorCount, a.themes.length),
      weight: 600,
      color: 'text',
    });
    y += fontSize * 1.9;
    const blockCols = rightWidth >= 520 ? 2 : 1;
    const blockWidth = (rightWidth - (blockCols - 1) * 20 * k) / blockCols;
    let rowHeight = 0;
    a.themes.forEach((th, i) => {
      const col = i % blockCols;
      if (col === 0 && i > 0) {
        y += rowHeight + fontSize * 1.1;
        rowHeight = 0;
      }
      const bx = rightX + col * (blockWidth + 20 * k);
      const color = themeColor.get(th.id) ?? 'group1';
      themes.push({
        id: th.id,
        label: th.label,
        color,
        x: round(bx),
        y: round(y + fontSize),
        width: round(blockWidth),
      });
      const items = a.sectors.items.filter((s) => s.theme === th.id);
      const flow = flowPills(items, bx, y + fontSize * 1.7, blockWidth, fontSize, k);
      for (const p of flow.placed) {
        pills.push({
          ...p,
          color,
          selected: selection.sector === p.id,
          dimmed: selection.sector !== undefined && selection.sector !== p.id,
        });
      }
      rowHeight = Math.max(rowHeight, fontSize * 1.7 + flow.height);
    });
    const rightHeight = y + rowHeight;
    const contentHeight = Math.ceil(Math.max(wide ? leftHeight : 0, rightHeight) + fontSize * 0.5);
    return {
      width,
      height: Math.max(fixedHeight, contentHeight),
      fontSize,
      units,
      unitRadius: round(3 * k),
      notes,
      themes,
      pills,
      k,
    };
  }

  const marks: InteractiveMark[] = [];
  const ox = frame.plot.x;
  const oy = frame.plot.y;
  const first = plot.units[0];
  if (first) {
    const named = plot.units.filter((u) => u.named);
    named.forEach((u, i) => {
      const agreement = a.named[i];
      if (!agreement) return;
      marks.push({
        id: `named-${agreement.id}`,
        x: round(ox + u.x + u.size / 2),
        y: round(oy + u.y + u.size / 2),
        r: Math.max(u.size / 2, 12),
        label: t.marks.namedLabel(
          agreement.title,
          levelLabel(a, agreement.level),
          describeSource(sources.byId.get(agreement.source)),
        ),
        tooltip: {
          heading: agreement.title,
          value: t.marks.signedAt(levelLabel(a, agreement.level)),
          ...(agreement.quote ? { quote: agreement.quote } : {}),
          sourceId: agreement.source,
        },
      });
    });
    const last = plot.units.at(-1) ?? first;
    const cx = (first.x + last.x + last.size) / 2;
    const cy = (first.y + last.y + last.size) / 2;
    marks.push({
      id: 'total',
      x: round(ox + cx),
      y: round(oy + cy),
      r: 12,
      box: { width: 24, height: 24 },
      label: t.marks.totalLabel(n, date, describeSource(sources.byId.get(a.total.source))),
      tooltip: {
        heading: t.marks.totalHeading(date),
        value: formatNumber(n, 0, lang),
        ...(a.total.quote ? { quote: a.total.quote } : {}),
        sourceId: a.total.source,
      },
    });
  }
  for (const p of plot.pills) {
    const theme = a.themes.find(
      (th) => th.id === a.sectors.items.find((s) => s.id === p.id)?.theme,
    );
    marks.push({
      id: `sector-${p.id}`,
      x: round(ox + p.x + p.width / 2),
      y: round(oy + p.y + p.height / 2),
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
    });
  }

  const columns: TableColumn[] = [
    { key: 'item', label: t.table.columns.item },
    { key: 'group', label: t.table.columns.group },
    { key: 'documents', label: t.table.columns.documents },
    { key: 'source', label: t.table.columns.source },
  ];
  const src = (id: string) => describeSource(sources.byId.get(id));
  const rows = [
    {
      id: 'total',
      cells: {
        item: t.table.allDocuments,
        group: '—',
        documents: formatNumber(n, 0, lang),
        source: src(a.total.source),
      },
      sourceId: a.total.source,
    },
    ...a.levels.items.map((l) => ({
      id: `level-${l.id}`,
      cells: {
        item: l.label,
        group: t.table.level,
        documents: t.table.notPublished,
        source: src(a.levels.source),
      },
      sourceId: a.levels.source,
    })),
    ...a.themes.flatMap((th) =>
      a.sectors.items
        .filter((s) => s.theme === th.id)
        .map((s) => ({
          id: `sector-${s.id}`,
          cells: {
            item: s.label,
            group: th.label,
            documents: t.table.notPublished,
            source: src(a.sectors.source),
          },
          sourceId: a.sectors.source,
        })),
    ),
    ...a.named.map((nm) => ({
      id: `named-${nm.id}`,
      cells: {
        item: nm.title,
        group: t.table.named(levelLabel(a, nm.level)),
        documents: formatNumber(1, 0, lang),
        source: src(nm.source),
      },
      sourceId: nm.source,
    })),
  ];

  const quotes: Quote[] = [
    ...(a.total.quote
      ? [{ quote: a.total.quote, sourceId: a.total.source, supports: 'total of documents' }]
      : []),
    ...(a.sectors.quote
      ? [{ quote: a.sectors.quote, sourceId: a.sectors.source, supports: 'list of sectors' }]
      : []),
    ...(a.named[0]?.quote
      ? [{ quote: a.named[0].quote, sourceId: a.named[0].source, supports: 'named agreements' }]
      : []),
  ];
  const citations = [
    a.total.source,
    ...(a.total.corroboration ?? []),
    a.sectors.source,
    ...(a.sectors.corroboration ?? []),
  ];

  return {
    chartId: 'agreements',
    text,
    frame,
    summary: summariseAgreements(a, t, lang),
    plot,
    marks,
    table: {
      caption: t.table.caption(date),
      columns,
      rows,
    },
    citations: [...new Set(citations)],
    quotes,
  };
}

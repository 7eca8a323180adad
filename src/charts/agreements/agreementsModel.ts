import type { Selection } from '../../app/selection';
import { layoutFrame, typeScale, type FigureSize, type LegendEntry } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import { measureText, wrapText } from '../../figure/textMetrics';
import { countWord, formatPartialDate, listJoin } from '../../lib/format';
import { describeSource } from '../../lib/sourceText';
import type { SourceIndex } from '../../queries/datasets';
import type { Agreements } from '../../schema/agreements';
import type { FigureModel, InteractiveMark, Quote, TableColumn } from '../types';

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

export function summariseAgreements(a: Agreements): string {
  const sectors = a.sectors.items.map((s) => s.label.toLowerCase());
  const groups = a.themes.map((t) => {
    const members = a.sectors.items
      .filter((s) => s.theme === t.id)
      .map((s) => s.label.toLowerCase());
    return `${t.label.toLowerCase()} (${listJoin(members)})`;
  });
  const named = a.named.map((n) => `the ${n.title}`);
  const levels = listJoin(a.levels.items.map((l) => l.label.toLowerCase()));
  return [
    `On ${formatPartialDate(a.date)} in ${a.city}, Kazakhstan and China signed ${a.total.value} ${levels} documents.`,
    `The article names ${countWord(sectors.length)} sectors they cover: ${listJoin(sectors)}.`,
    `Grouped into ${countWord(groups.length)} themes: ${listJoin(groups)}.`,
    named.length > 0
      ? `${countWord(named.length).replace(/^./, (c) => c.toUpperCase())} ${named.length === 1 ? 'is' : 'are'} named, at the intergovernmental level: ${listJoin(named)}.`
      : '',
    'How the documents divide between levels and sectors was not published, so no counts are shown for them.',
  ]
    .filter(Boolean)
    .join(' ');
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

export function buildAgreementsFigure(
  a: Agreements,
  sources: SourceIndex,
  size: FigureSize,
  selection: Selection = {},
): AgreementsFigure {
  const date = formatPartialDate(a.date);
  const n = a.total.value;
  const sectorCount = a.sectors.items.length;
  const themeColor = new Map(a.themes.map((t, i) => [t.id, GROUP_COLORS[i % 4] ?? 'group1']));
  const legend: LegendEntry[] = [
    { key: 'named', label: 'Named in the article', color: 'accent', symbols: ['swatch'] },
    { key: 'other', label: 'Not itemised', color: 'axis', symbols: ['swatch'] },
  ];
  const corroborating = (a.total.corroboration ?? []).map((id) => sources.byId.get(id));
  const text = {
    title: `Kazakhstan and China signed ${n} documents on ${date}, across ${countWord(sectorCount)} sectors`,
    subtitle: `Each square is one document, intergovernmental or interdepartmental. The sectors they cover are listed without counts: how many documents each has was not published.`,
    legend,
    source: `Source: article of ${date}, citing Akorda${corroborating
      .filter((s) => s !== undefined)
      .map((s) => `; ${describeSource(s).split(',')[0] ?? ''}`)
      .join('')}. Themes grouping the sectors: this dashboard.`,
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
    const addNote = (t: string, weight: 400 | 600, color: TextLine['color']) => {
      for (const line of wrapText(t, noteWidth, fontSize, weight)) {
        notes.push({ x: 0, y: round(ny), text: line, weight, color });
        ny += fontSize * 1.35;
      }
    };
    addNote(`${n} documents`, 600, 'text');
    addNote(
      listJoin(a.levels.items.map((l) => l.label.toLowerCase())).replace(/^./, (c) =>
        c.toUpperCase(),
      ) + ': the split between the levels was not published.',
      400,
      'muted',
    );
    if (namedCount > 0) {
      ny += fontSize * 0.4;
      addNote(`Named, at the intergovernmental level:`, 600, 'accent');
      for (const named of a.named) addNote(`• ${named.title}`, 400, 'text');
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
      text: `${countWord(sectorCount).replace(/^./, (c) => c.toUpperCase())} sectors named, in ${countWord(a.themes.length)} themes`,
      weight: 600,
      color: 'text',
    });
    y += fontSize * 1.9;
    const blockCols = rightWidth >= 520 ? 2 : 1;
    const blockWidth = (rightWidth - (blockCols - 1) * 20 * k) / blockCols;
    let rowHeight = 0;
    a.themes.forEach((t, i) => {
      const col = i % blockCols;
      if (col === 0 && i > 0) {
        y += rowHeight + fontSize * 1.1;
        rowHeight = 0;
      }
      const bx = rightX + col * (blockWidth + 20 * k);
      const color = themeColor.get(t.id) ?? 'group1';
      themes.push({
        id: t.id,
        label: t.label,
        color,
        x: round(bx),
        y: round(y + fontSize),
        width: round(blockWidth),
      });
      const items = a.sectors.items.filter((s) => s.theme === t.id);
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
        label: `${agreement.title}: named in the article, signed at the ${agreement.level} level. Source: ${describeSource(sources.byId.get(agreement.source))}.`,
        tooltip: {
          heading: agreement.title,
          value: `Signed at the ${agreement.level} level`,
          ...(agreement.quote ? { note: `“${agreement.quote}”` } : {}),
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
      label: `${n} documents signed on ${date}, intergovernmental and interdepartmental. Source: ${describeSource(sources.byId.get(a.total.source))}.`,
      tooltip: {
        heading: `Documents signed, ${date}`,
        value: String(n),
        ...(a.total.quote ? { note: `“${a.total.quote}”` } : {}),
        sourceId: a.total.source,
      },
    });
  }
  for (const p of plot.pills) {
    const theme = a.themes.find((t) => t.id === a.sectors.items.find((s) => s.id === p.id)?.theme);
    marks.push({
      id: `sector-${p.id}`,
      x: round(ox + p.x + p.width / 2),
      y: round(oy + p.y + p.height / 2),
      r: p.height / 2,
      box: { width: p.width, height: p.height },
      label: `Sector: ${p.label} (${theme?.label ?? ''}). Named in the article; number of documents not published.`,
      tooltip: {
        heading: p.label,
        value: theme ? `Theme: ${theme.label}` : 'Sector',
        note: 'The article names this sector; how many documents cover it was not published.',
        sourceId: a.sectors.source,
      },
      select: { key: 'sector', value: p.id },
      selected: p.selected,
    });
  }

  const columns: TableColumn[] = [
    { key: 'item', label: 'Item' },
    { key: 'group', label: 'Group' },
    { key: 'documents', label: 'Documents' },
    { key: 'source', label: 'Source' },
  ];
  const src = (id: string) => describeSource(sources.byId.get(id));
  const rows = [
    {
      id: 'total',
      cells: {
        item: 'All documents signed',
        group: '—',
        documents: String(n),
        source: src(a.total.source),
      },
      sourceId: a.total.source,
    },
    ...a.levels.items.map((l) => ({
      id: `level-${l.id}`,
      cells: {
        item: l.label,
        group: 'Level',
        documents: 'not published',
        source: src(a.levels.source),
      },
      sourceId: a.levels.source,
    })),
    ...a.themes.flatMap((t) =>
      a.sectors.items
        .filter((s) => s.theme === t.id)
        .map((s) => ({
          id: `sector-${s.id}`,
          cells: {
            item: s.label,
            group: t.label,
            documents: 'not published',
            source: src(a.sectors.source),
          },
          sourceId: a.sectors.source,
        })),
    ),
    ...a.named.map((nm) => ({
      id: `named-${nm.id}`,
      cells: {
        item: nm.title,
        group: `Named, ${nm.level}`,
        documents: '1',
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
    summary: summariseAgreements(a),
    plot,
    marks,
    table: {
      caption: `Documents signed on ${date}: levels, sectors and named agreements`,
      columns,
      rows,
    },
    citations: [...new Set(citations)],
    quotes,
  };
}

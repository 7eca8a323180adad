import { scaleLinear } from 'd3-scale';
import type { Selection } from '../../figure/selection';
import { layoutFrame, typeScale, type LegendEntry } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import type { PlotText } from '../../figure/TextList';
import { measureText, wrapText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import { describeSource } from '../../i18n/sources';
import { citedSources } from '../../schema/citations';
import type { Milestone, Milestones } from '../../schema/milestones';
import type { FigureModel, InteractiveMark, TableColumn } from '../../figure/model';
import type { ChartInput } from '../contract';
import type { MilestonesText } from './text';

type GroupColor = Extract<PaletteColor, 'group1' | 'group2' | 'group3' | 'group4'>;
const GROUP_COLORS: GroupColor[] = ['group1', 'group2', 'group3', 'group4'];

export interface EventDot {
  id: string;
  x: number;
  y: number;
  r: number;
  color: GroupColor;
  dimmed: boolean;
  emphasis: boolean;
}

export interface MilestonesPlot {
  width: number;
  height: number;
  k: number;
  orientation: 'horizontal' | 'vertical';
  dots: EventDot[];
  texts: PlotText[];
  /** Lane separators or the vertical rail. */
  lines: { x1: number; y1: number; x2: number; y2: number; color: PaletteColor }[];
}

export type MilestonesFigure = FigureModel<MilestonesPlot>;

const round = (n: number) => Math.round(n * 100) / 100;

/** An event's position in decimal years: a year-only date sits mid-year, a month mid-month. */
export function decimalYear(date: string): number {
  const [y = '0', m, d] = date.split('-');
  const year = Number(y);
  if (m === undefined) return year + 0.5;
  const month = Number(m) - 1;
  if (d === undefined) return year + (month + 0.5) / 12;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month, Number(d)) - start) / (end - start);
}

function matches(e: Milestone, s: Selection): boolean {
  if (s.sector !== undefined && !(e.sectors ?? []).includes(s.sector)) return false;
  if (s.place !== undefined && !(e.places ?? []).includes(s.place)) return false;
  if (s.year !== undefined && Number(e.date.slice(0, 4)) !== s.year) return false;
  return true;
}

function figureText(e: Milestone, t: MilestonesText, lang: Language): string {
  return t.figures(
    (e.figures ?? []).map((f) =>
      t.figure(
        f.label,
        f.unit === 'percent'
          ? `+${formatPercent(f.value, 0, lang)}`
          : formatNumber(f.value, 2, lang),
      ),
    ),
  );
}

export function summariseMilestones(
  m: Milestones,
  t: MilestonesText,
  lang: Language = 'en',
): string {
  const events = [...m.events].sort((a, b) => decimalYear(a.date) - decimalYear(b.date));
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return t.summaryEmpty;
  const themes = m.categories.map((c) => ({
    label: c.label,
    count: events.filter((e) => e.category === c.id).length,
  }));
  const highlighted = events.filter((e) => e.highlight);
  return [
    t.summarySpan(
      events.length,
      formatPartialDate(first.date, lang),
      first.title,
      formatPartialDate(last.date, lang),
      last.title,
      themes,
    ),
    ...highlighted.map((e) => t.summaryHighlight(formatPartialDate(e.date, lang), e.title)),
    t.summaryPlacement,
  ].join(lang === 'zh' ? '' : ' ');
}

export function buildMilestonesFigure({
  data: { milestones: m },
  text: t,
  lang,
  sources,
  size,
  selection,
}: ChartInput<{ milestones: Milestones }, MilestonesText>): MilestonesFigure {
  const date = (d: string) => formatPartialDate(d, lang);
  const events = [...m.events].sort(
    (a, b) => decimalYear(a.date) - decimalYear(b.date) || a.id.localeCompare(b.id),
  );
  const colorOf = new Map(m.categories.map((c, i) => [c.id, GROUP_COLORS[i % 4] ?? 'group1']));
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const recent = events.filter((e) => Number(e.date.slice(0, 4)) >= lastYear - 2).length;
  const anySelection =
    selection.sector !== undefined || selection.place !== undefined || selection.year !== undefined;

  const legend: LegendEntry[] = m.categories.map((c) => ({
    key: c.id,
    label: c.label,
    color: colorOf.get(c.id) ?? 'group1',
    symbols: ['circle'],
  }));
  const text = {
    title: t.title(events.length, firstYear, recent, lastYear - 2, lastYear),
    subtitle: t.subtitle,
    legend,
    source: t.source([
      ...new Set(events.map((e) => describeSource(sources.byId.get(e.source)).split(',')[0] ?? '')),
    ]),
  };

  const { k, body } = typeScale(size.width);
  const fs = body;
  const small = body * 0.92;
  const marks: InteractiveMark[] = [];

  const layout = (width: number): MilestonesPlot => {
    const dots: EventDot[] = [];
    const texts: PlotText[] = [];
    const lines: MilestonesPlot['lines'] = [];
    marks.length = 0;
    const r = round(5 * k);

    const addMark = (
      e: Milestone,
      x: number,
      y: number,
      box?: { width: number; height: number },
    ) => {
      const figures = figureText(e, t, lang);
      const category = m.categories.find((c) => c.id === e.category)?.label ?? e.category;
      marks.push({
        id: `event-${e.id}`,
        x: round(x),
        y: round(y),
        r: Math.max(r * 2, 12),
        ...(box ? { box } : {}),
        label: t.markLabel(
          date(e.date),
          e.title,
          category,
          figures,
          describeSource(sources.byId.get(e.source)),
        ),
        tooltip: {
          heading: date(e.date),
          value: e.title,
          ...(figures ? { note: figures } : e.quote ? { quote: e.quote } : {}),
          sourceId: e.source,
        },
        select: { key: 'year', value: Number(e.date.slice(0, 4)) },
        selected: selection.year === Number(e.date.slice(0, 4)),
      });
    };

    if (width < 640) {
      // A list down the page: each event gets a row, nothing overlaps at phone width.
      const dateW = Math.max(...events.map((e) => measureText(date(e.date), small, 600))) + 6 * k;
      const railX = dateW + 10 * k;
      const textX = railX + 12 * k;
      let y = fs * 0.4;
      let firstDot = 0;
      let lastDot = 0;
      events.forEach((e, i) => {
        const titleLines = wrapText(e.title, width - textX, small);
        const dimmed = anySelection && !matches(e, selection);
        const emphasis = (e.highlight ?? false) || (anySelection && !dimmed);
        texts.push({
          x: round(dateW),
          y: round(y + small * 0.95),
          text: date(e.date),
          size: small,
          weight: 600,
          color: 'muted',
          anchor: 'end',
          dimmed,
        });
        titleLines.forEach((line, j) => {
          texts.push({
            x: round(textX),
            y: round(y + small * 0.95 + j * small * 1.3),
            text: line,
            size: small,
            weight: emphasis ? 600 : 400,
            color: 'text',
            dimmed,
          });
        });
        const dotY = y + small * 0.6;
        dots.push({
          id: e.id,
          x: round(railX),
          y: round(dotY),
          r,
          color: colorOf.get(e.category) ?? 'group1',
          dimmed,
          emphasis,
        });
        const h = titleLines.length * small * 1.3;
        addMark(e, width / 2, y + h / 2, { width: round(width), height: round(h + 2) });
        if (i === 0) firstDot = dotY;
        lastDot = dotY;
        y += h + small * 0.6;
      });
      lines.push({
        x1: round(railX),
        y1: round(firstDot),
        x2: round(railX),
        y2: round(lastDot),
        color: 'grid',
      });
      return { width, height: Math.ceil(y), k, orientation: 'vertical', dots, texts, lines };
    }

    // A time axis, one lane per theme; crowded dots stack upwards within their lane.
    const laneLabelW =
      Math.max(...m.categories.map((c) => measureText(c.label, small, 600))) + 14 * k;
    const x = scaleLinear()
      .domain([firstYear, lastYear + 1])
      .range([laneLabelW + r, width - r - 2]);
    const step = r * 2 + 2;
    const placedByLane = m.categories.map((c) => {
      const levels: number[][] = [];
      return events
        .filter((e) => e.category === c.id)
        .map((e) => {
          const px = x(decimalYear(e.date));
          let level = 0;
          while ((levels[level] ?? []).some((ox2) => Math.abs(ox2 - px) < step)) level++;
          (levels[level] ??= []).push(px);
          return { e, px, level };
        });
    });
    let y = fs * 0.3;
    m.categories.forEach((c, li) => {
      const placed = placedByLane[li] ?? [];
      const maxLevel = Math.max(0, ...placed.map((p) => p.level));
      const labelRows = 2;
      const rowH = small * 1.45;
      const labelRoom = labelRows * rowH + fs * 0.3;
      const laneH = labelRoom + (maxLevel + 1) * step + fs * 0.6;
      const baseY = y + laneH - fs * 0.6 - r;
      texts.push({
        x: 0,
        y: round(baseY + small * 0.34),
        text: c.label,
        size: small,
        weight: 600,
        color: colorOf.get(c.id) ?? 'group1',
      });
      lines.push({
        x1: round(laneLabelW),
        y1: round(baseY),
        x2: round(width),
        y2: round(baseY),
        color: 'grid',
      });
      // Labels for the events that matter most, in two rows above the lane, where they fit.
      const taken: [number, number][][] = [[], []];
      const priority = [...placed].sort(
        (a, b) =>
          Number(b.e.highlight ?? false) - Number(a.e.highlight ?? false) ||
          decimalYear(a.e.date) - decimalYear(b.e.date),
      );
      for (const p of placed) {
        const dimmed = anySelection && !matches(p.e, selection);
        const emphasis = (p.e.highlight ?? false) || (anySelection && !dimmed);
        const dy = baseY - p.level * step;
        dots.push({
          id: p.e.id,
          x: round(p.px),
          y: round(dy),
          r,
          color: colorOf.get(c.id) ?? 'group1',
          dimmed,
          emphasis,
        });
        addMark(p.e, p.px, dy);
      }
      for (const p of priority) {
        const label = t.plotLabel(p.e.title);
        const w = measureText(label, small);
        const anchorEnd = p.px + w > width;
        const x0 = anchorEnd ? p.px - w : p.px - r;
        const x1 = x0 + w;
        if (x0 < laneLabelW) continue;
        // Row 0 is nearest the dots; a leader runs from the dot up to the label.
        const row = taken.findIndex((spans) => !spans.some(([a, b]) => x0 < b + 8 && x1 > a - 8));
        if (row < 0) continue;
        taken[row]?.push([x0, x1]);
        const dimmed = anySelection && !matches(p.e, selection);
        const textY = baseY - maxLevel * step - r - 6 * k - row * rowH;
        lines.push({
          x1: round(p.px),
          y1: round(baseY - p.level * step - r - 1),
          x2: round(p.px),
          y2: round(textY + 3 * k),
          color: 'axis',
        });
        texts.push({
          x: round(anchorEnd ? p.px + r * 0.2 : p.px - r * 0.2),
          y: round(textY),
          text: label,
          size: small,
          weight: p.e.highlight ? 600 : 400,
          color: 'text',
          anchor: anchorEnd ? 'end' : 'start',
          dimmed,
        });
      }
      y += laneH;
    });
    const axisY = y + fs * 0.2;
    lines.push({
      x1: round(laneLabelW),
      y1: round(axisY),
      x2: round(width),
      y2: round(axisY),
      color: 'axis',
    });
    const span = lastYear + 1 - firstYear;
    const every = span / ((width - laneLabelW) / (fs * 4)) > 5 ? 10 : 5;
    for (let yr = Math.ceil(firstYear / every) * every; yr <= lastYear; yr += every) {
      texts.push({
        x: round(x(yr)),
        y: round(axisY + fs * 1.3),
        text: String(yr),
        size: small,
        weight: 400,
        color: 'muted',
        anchor: 'middle',
      });
      lines.push({
        x1: round(x(yr)),
        y1: round(axisY),
        x2: round(x(yr)),
        y2: round(axisY + 4 * k),
        color: 'axis',
      });
    }
    return {
      width,
      height: Math.ceil(axisY + fs * 1.8),
      k,
      orientation: 'horizontal',
      dots,
      texts,
      lines,
    };
  };

  const frame = layoutFrame(text, size, (w) => layout(w).height);
  const plot = layout(frame.plot.width);
  for (const mk of marks) {
    mk.x = round(mk.x + frame.plot.x);
    mk.y = round(mk.y + frame.plot.y);
  }
  // Keyboard order follows time, whatever the lanes.
  marks.sort(
    (a, b) =>
      events.findIndex((e) => `event-${e.id}` === a.id) -
      events.findIndex((e) => `event-${e.id}` === b.id),
  );

  const columns: TableColumn[] = [
    { key: 'date', label: t.columns.date },
    { key: 'category', label: t.columns.category },
    { key: 'event', label: t.columns.event },
    { key: 'source', label: t.columns.source },
  ];
  const rows = events.map((e) => ({
    id: e.id,
    cells: {
      date: date(e.date),
      category: m.categories.find((c) => c.id === e.category)?.label ?? e.category,
      event: figureText(e, t, lang) ? t.eventWithFigures(e.title, figureText(e, t, lang)) : e.title,
      source: describeSource(sources.byId.get(e.source)),
    },
    sourceId: e.source,
  }));

  return {
    chartId: 'milestones',
    text,
    frame,
    summary: summariseMilestones(m, t, lang),
    plot,
    marks: [...marks],
    table: {
      caption: t.caption(firstYear, lastYear),
      columns,
      rows,
    },
    citations: citedSources(m),
    quotes: events
      .filter((e) => e.quote !== undefined)
      .map((e) => ({
        quote: e.quote ?? '',
        sourceId: e.source,
        supports: t.supports(date(e.date)),
      })),
  };
}

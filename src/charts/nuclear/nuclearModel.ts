import { layoutFrame, typeScale } from '../../figure/frame';
import type { PaletteColor } from '../../figure/palette';
import type { PlotText } from '../../figure/TextList';
import { measureText, wrapText } from '../../figure/textMetrics';
import type { Language } from '../../i18n/languages';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import { describeSource } from '../../i18n/sources';
import { citedSources } from '../../schema/citations';
import type { Nuclear, NuclearStep } from '../../schema/nuclear';
import type { FigureModel, InteractiveMark, Quote, TableColumn } from '../../figure/model';
import type { ChartInput } from '../contract';
import { isChina, type NuclearText } from './text';

type Color = PaletteColor;

export type Label = PlotText;

export interface Slot {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Beyond the certain minimum of the range: drawn dashed. */
  optional: boolean;
  selected: boolean;
  accent: Color;
}

export interface Bar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  segments: { x: number; width: number; color: Color; label?: string }[];
}

export interface StepDot {
  id: string;
  x: number;
  y: number;
  target: boolean;
  selected: boolean;
}

export interface NuclearPlot {
  width: number;
  height: number;
  k: number;
  labels: Label[];
  slots: Slot[];
  range: { x1: number; x2: number; xSplit: number; y: number };
  rail: { x: number; y1: number; y2: number };
  steps: StepDot[];
  bars: Bar[];
}

export type NuclearFigure = FigureModel<NuclearPlot>;

const round = (n: number) => Math.round(n * 100) / 100;

function whenText(step: NuclearStep, t: NuclearText, lang: Language): string {
  return 'date' in step.when
    ? formatPartialDate(step.when.date, lang)
    : t.yearRange(step.when.fromYear, step.when.toYear);
}

function stepYears(step: NuclearStep): number[] {
  if ('date' in step.when) return [Number(step.when.date.slice(0, 4))];
  const out: number[] = [];
  for (let y = step.when.fromYear; y <= step.when.toYear; y++) out.push(y);
  return out;
}

export function summariseNuclear(n: Nuclear, t: NuclearText, lang: Language = 'en'): string {
  const partners = new Map(n.partners.map((p) => [p.id, p]));
  const plants = n.plants.map((p) => {
    const lead = partners.get(p.lead.partner);
    return t.summaryPlant(p.ordinal, lead?.name ?? p.lead.partner, p.lead.status, p.site?.name);
  });
  const first = n.steps[0];
  const last = n.steps.at(-1);
  const f = n.fuel;
  return t.sentences([
    t.summaryPlan(n.plannedPlants.label, n.plannedPlants.min, n.plannedPlants.max),
    t.summaryLeads(plants),
    first && last
      ? t.summarySteps(first.label, whenText(first, t, lang), last.label, whenText(last, t, lang))
      : '',
    t.summaryFuel(
      f.uraniumWorldShare.percent,
      f.uraniumWorldShare.year,
      f.fuelPlant.name,
      f.fuelPlant.owners.shares,
      f.fuelPlant.exports.destination,
    ),
  ]);
}

export function buildNuclearFigure({
  data: { nuclear: n },
  text: t,
  lang,
  sources,
  size,
  selection,
  translateQuote,
}: ChartInput<{ nuclear: Nuclear }, NuclearText>): NuclearFigure {
  const partners = new Map(n.partners.map((p) => [p.id, p]));
  const cnnc = n.plants.filter((p) => p.lead.partner === 'cnnc').map((p) => p.ordinal);
  const text = {
    title: t.title(n.plannedPlants.label, cnnc),
    subtitle: t.subtitle,
    legend: [],
    source: t.source(
      formatPartialDate(sources.byId.get(n.plannedPlants.source)?.published ?? '2025', lang),
      [
        ...new Set(
          [
            ...n.plants.flatMap((p) => [p.lead.source, p.site?.source]),
            ...n.steps.map((s) => s.source),
            n.fuel.uraniumWorldShare.source,
            n.fuel.fuelPlant.opened.source,
          ]
            .filter((id): id is string => id !== undefined && id !== 'article')
            .map((id) => describeSource(sources.byId.get(id)).split(',')[0] ?? ''),
        ),
      ],
    ),
  };

  const { k, body } = typeScale(size.width);
  const fs = body;
  const small = body * 0.92;

  const marks: InteractiveMark[] = [];
  let ox = 0;
  let oy = 0;

  const layout = (width: number): NuclearPlot => {
    const labels: Label[] = [];
    const slots: Slot[] = [];
    const steps: StepDot[] = [];
    const bars: Bar[] = [];
    marks.length = 0;
    const src = (id: string) => describeSource(sources.byId.get(id));
    const wide = width >= 760;
    const pad = 10 * k;

    // A. The planned plants, as a range of slots.
    let y = fs;
    labels.push({ x: 0, y, text: t.plantsPlanned, size: fs, weight: 600, color: 'text' });
    const count = n.plannedPlants.max;
    const slotGap = 12 * k;
    const perRow = width >= 560 ? count : 1;
    const slotW = (width - slotGap * (perRow - 1)) / perRow;
    const rangeY = y + fs * 0.9;
    y = rangeY + fs * 1.6;
    const slotTop = y;
    let rowBottom = y;
    const slotLines: Label[][] = [];
    for (let i = 1; i <= count; i++) {
      const plant = n.plants.find((p) => p.ordinal === i);
      const lead = plant ? partners.get(plant.lead.partner) : undefined;
      const lines: { text: string; weight: 400 | 600; color: Color; size: number }[] = [];
      const optional = i > n.plannedPlants.min;
      lines.push({
        text: optional ? t.plantIfThree(i) : t.plant(i),
        weight: 600,
        color: 'muted',
        size: small,
      });
      if (lead)
        lines.push({
          text: lead.name,
          weight: 600,
          color: isChina(lead.country, t) ? 'cn' : 'text',
          size: fs,
        });
      if (plant) lines.push({ text: plant.lead.status, weight: 400, color: 'text', size: small });
      if (plant?.site)
        lines.push({ text: t.siteLine(plant.site.name), weight: 400, color: 'text', size: small });
      if (plant?.reactors || plant?.capacityGw) {
        const parts = [
          plant.reactors ? `${plant.reactors.units} × ${plant.reactors.design}` : '',
          plant.capacityGw ? t.capacityGw(plant.capacityGw.value) : '',
        ].filter(Boolean);
        lines.push({ text: t.specs(parts), weight: 400, color: 'text', size: small });
      }
      if (plant?.costUsdBn) {
        lines.push({
          text: t.costLine(t.cost(plant.costUsdBn.min, plant.costUsdBn.max)),
          weight: 400,
          color: 'text',
          size: small,
        });
      }
      if (plant?.completion) {
        lines.push({
          text: t.completionLine(t.yearRange(plant.completion.fromYear, plant.completion.toYear)),
          weight: 400,
          color: 'text',
          size: small,
        });
      }
      const col = (i - 1) % perRow;
      const row = Math.floor((i - 1) / perRow);
      const sx = col * (slotW + slotGap);
      const sy = row === 0 ? slotTop : rowBottom + slotGap;
      const placed: Label[] = [];
      let ly = sy + pad + fs * 0.9;
      for (const l of lines) {
        for (const part of wrapText(l.text, slotW - pad * 2, l.size, l.weight)) {
          placed.push({
            x: round(sx + pad),
            y: round(ly),
            text: part,
            size: l.size,
            weight: l.weight,
            color: l.color,
          });
          ly += l.size * 1.35;
        }
      }
      slotLines.push(placed);
      const h = ly - sy + pad * 0.4;
      slots.push({
        id: plant?.id ?? `plant-${i}`,
        x: round(sx),
        y: round(sy),
        width: round(slotW),
        height: round(h),
        optional,
        selected: plant?.site?.place !== undefined && plant.site.place === selection.place,
        accent: lead && isChina(lead.country, t) ? 'cn' : 'neutral',
      });
      if (perRow === 1 || col === perRow - 1 || i === count)
        rowBottom = Math.max(rowBottom, sy + h);
      if (plant) {
        const facts = [
          t.leadFact(lead?.name ?? plant.lead.partner, plant.lead.status),
          plant.site ? t.siteFact(plant.site.name) : '',
          plant.capacityGw ? t.capacityGw(plant.capacityGw.value) : '',
          plant.costUsdBn ? t.cost(plant.costUsdBn.min, plant.costUsdBn.max) : '',
          plant.completion
            ? t.completionFact(t.yearRange(plant.completion.fromYear, plant.completion.toYear))
            : '',
        ].filter(Boolean);
        marks.push({
          id: `plant-${plant.id}`,
          x: 0,
          y: 0,
          r: 16,
          box: { width: slotW, height: h },
          label: t.sourced(t.plantMark(plant.ordinal, t.facts(facts)), src(plant.lead.source)),
          tooltip: {
            heading: t.plant(plant.ordinal),
            value: lead?.name ?? plant.lead.partner,
            note: t.facts(facts.slice(1)) || plant.lead.status,
            sourceId: plant.lead.source,
          },
          ...(plant.site?.place
            ? {
                select: { key: 'place' as const, value: plant.site.place },
                selected: plant.site.place === selection.place,
              }
            : {}),
        });
        const last = marks.at(-1);
        if (last) {
          last.x = sx + slotW / 2;
          last.y = sy + h / 2;
        }
      }
    }
    // Equalise heights within a row so the slots line up.
    if (perRow > 1) {
      const h = Math.max(...slots.map((s) => s.height));
      for (const s of slots) s.height = round(h);
      for (const m of marks) if (m.box) m.box.height = h;
      for (const m of marks) m.y = slotTop + h / 2;
      rowBottom = slotTop + h;
    }
    labels.push(...slotLines.flat());
    const minEdge = perRow > 1 ? n.plannedPlants.min * (slotW + slotGap) - slotGap : width;
    const range = {
      x1: 0,
      x2: round(perRow > 1 ? width : width),
      xSplit: round(perRow > 1 ? minEdge : width),
      y: round(rangeY),
    };
    labels.push({
      x: round(width),
      y: round(rangeY - fs * 0.35),
      text: t.quoted(n.plannedPlants.label),
      size: small,
      weight: 600,
      color: 'accent',
      anchor: 'end',
    });
    marks.push({
      id: 'planned-range',
      x: width / 2,
      y: rangeY,
      r: 14,
      box: { width: Math.min(width, 260 * k), height: 24 },
      label: t.sourced(
        t.rangeMark(n.plannedPlants.label, n.plannedPlants.min, n.plannedPlants.max),
        src(n.plannedPlants.source),
      ),
      tooltip: {
        heading: t.plantsPlanned,
        value: t.rangeValue(n.plannedPlants.min, n.plannedPlants.max),
        quote: n.plannedPlants.quote,
        sourceId: n.plannedPlants.source,
      },
    });
    y = rowBottom + fs * 2.2;

    // B. The steps, as a vertical list on a rail.
    const colGap = 28 * k;
    const stepsWidth = wide ? width * 0.52 : width;
    const fuelX = wide ? stepsWidth + colGap : 0;
    const fuelWidth = wide ? width - fuelX : width;
    const stepsTop = y;
    labels.push({ x: 0, y, text: t.steps, size: fs, weight: 600, color: 'text' });
    y += fs * 1.2;
    const dateWidth =
      Math.max(...n.steps.map((s) => measureText(whenText(s, t, lang), small, 600))) + 8 * k;
    const railX = dateWidth + 8 * k;
    const textX = railX + 12 * k;
    const railTop = y;
    let lastDotY = y;
    for (const s of n.steps) {
      const lines = wrapText(s.label, stepsWidth - textX, small);
      const dotY = y + small * 0.6;
      labels.push({
        x: round(dateWidth),
        y: round(y + small * 0.95),
        text: whenText(s, t, lang),
        size: small,
        weight: 600,
        color: s.target ? 'accent' : 'muted',
        anchor: 'end',
      });
      lines.forEach((line, i) => {
        labels.push({
          x: round(textX),
          y: round(y + small * 0.95 + i * small * 1.3),
          text: line,
          size: small,
          weight: 400,
          color: 'text',
        });
      });
      const selected = selection.year !== undefined && stepYears(s).includes(selection.year);
      steps.push({
        id: s.id,
        x: round(railX),
        y: round(dotY),
        target: s.target ?? false,
        selected,
      });
      const figures = (s.figures ?? []).map((f) =>
        t.stepFigure(
          f.label,
          f.unit === 'percent' ? formatPercent(f.value, 2, lang) : formatNumber(f.value, 2, lang),
        ),
      );
      marks.push({
        id: `step-${s.id}`,
        x: round(stepsWidth / 2),
        y: round(y + (lines.length * small * 1.3) / 2),
        r: 12,
        box: { width: round(stepsWidth), height: round(lines.length * small * 1.3 + 4) },
        label: t.sourced(t.stepMark(whenText(s, t, lang), s.label, figures), src(s.source)),
        tooltip: {
          heading: whenText(s, t, lang),
          value: s.label,
          ...(figures.length ? { note: t.stepNote(figures) } : s.quote ? { quote: s.quote } : {}),
          sourceId: s.source,
        },
        select: { key: 'year', value: stepYears(s)[0] ?? 0 },
        selected,
      });
      lastDotY = dotY;
      y += Math.max(lines.length, 1) * small * 1.3 + small * 0.7;
    }
    const rail = { x: round(railX), y1: round(railTop + small * 0.6), y2: round(lastDotY) };
    const stepsBottom = y;

    // C. Uranium and fuel.
    let fy = wide ? stepsTop : stepsBottom + fs * 1.6;
    const f = n.fuel;
    labels.push({
      x: round(fuelX),
      y: round(fy),
      text: t.fuelHeading,
      size: fs,
      weight: 600,
      color: 'text',
    });
    fy += fs * 1.3;
    // The quote in English (marked so in another language), its translation under it.
    const quoteLines = (text: string, extra: Partial<Label>) => {
      for (const line of wrapText(text, fuelWidth, small)) {
        labels.push({
          x: round(fuelX),
          y: round(fy),
          text: line,
          size: small,
          weight: 400,
          color: 'muted',
          ...extra,
        });
        fy += small * 1.3;
      }
    };
    quoteLines(`“${f.supplier.quote}”`, { italic: true, ...(lang === 'en' ? {} : { lang: 'en' }) });
    const translated = lang === 'en' ? undefined : translateQuote(f.supplier.quote);
    if (translated) quoteLines(t.translation(translated), {});
    marks.push({
      id: 'fuel-supplier',
      x: round(fuelX + fuelWidth / 2),
      y: round(fy - small * 1.3),
      r: 12,
      box: { width: round(fuelWidth), height: round(small * 1.4) },
      label: t.sourced(t.supplierMark(f.supplier.quote), src(f.supplier.source)),
      tooltip: {
        heading: t.supplierHeading,
        value: t.supplierValue,
        quote: f.supplier.quote,
        sourceId: f.supplier.source,
      },
    });
    fy += small * 0.6;
    const barH = round(fs * 1.3);
    // A label over a bar, wrapped to the column; returns where the bar goes.
    const wrapped = (t: string, top: number): number => {
      let ly = top;
      for (const line of wrapText(t, fuelWidth, small)) {
        labels.push({
          x: round(fuelX),
          y: round(ly + small),
          text: line,
          size: small,
          weight: 400,
          color: 'text',
        });
        ly += small * 1.3;
      }
      return ly + small * 0.2;
    };
    // Share of world uranium output.
    const share = f.uraniumWorldShare;
    fy = wrapped(
      t.shareLabel(share.year, share.approximate ?? false, formatPercent(share.percent, 0, lang)),
      fy,
    );
    const shareW = (fuelWidth * share.percent) / 100;
    bars.push({
      id: 'uranium-share',
      x: round(fuelX),
      y: round(fy),
      width: round(fuelWidth),
      height: barH,
      segments: [
        {
          x: round(fuelX),
          width: round(shareW),
          color: 'kz',
          label: formatPercent(share.percent, 0, lang),
        },
        {
          x: round(fuelX + shareW),
          width: round(fuelWidth - shareW),
          color: 'grid',
          label: t.restOfWorld,
        },
      ],
    });
    marks.push({
      id: 'uranium-share',
      x: round(fuelX + fuelWidth / 2),
      y: round(fy + barH / 2),
      r: 12,
      box: { width: round(fuelWidth), height: barH },
      label: t.sourced(
        t.shareMark(share.year, share.approximate ?? false, formatPercent(share.percent, 0, lang)),
        src(share.source),
      ),
      tooltip: {
        heading: t.shareHeading(share.year),
        value: t.shareValue(share.approximate ?? false, formatPercent(share.percent, 0, lang)),
        sourceId: share.source,
      },
    });
    fy += barH + small * 1.2;
    // Ownership of the fuel plant.
    const plant = f.fuelPlant;
    fy = wrapped(t.ownersLabel(plant.name, formatPartialDate(plant.opened.date, lang)), fy);
    let sx = fuelX;
    const segments = plant.owners.shares.map((sh) => {
      const w = (fuelWidth * sh.percent) / 100;
      const seg = {
        x: round(sx),
        width: round(w),
        color: (isChina(sh.country, t) ? 'cn' : 'kz') as Color,
        label: t.ownerPercent(sh.percent),
      };
      sx += w;
      return seg;
    });
    const ownerShares = plant.owners.shares.map((s) => t.ownerShare(s.owner, s.percent));
    bars.push({
      id: 'fuel-owners',
      x: round(fuelX),
      y: round(fy),
      width: round(fuelWidth),
      height: barH,
      segments,
    });
    marks.push({
      id: 'fuel-owners',
      x: round(fuelX + fuelWidth / 2),
      y: round(fy + barH / 2),
      r: 12,
      box: { width: round(fuelWidth), height: barH },
      label: t.sourced(t.ownersMark(plant.name, ownerShares), src(plant.owners.source)),
      tooltip: {
        heading: t.ownersHeading,
        value: t.ownersValue(ownerShares),
        sourceId: plant.owners.source,
      },
    });
    fy += barH + small * 0.4;
    const ownerLabels = plant.owners.shares.map((s) => t.ownerCountry(s.owner, s.country));
    for (const line of wrapText(ownerLabels.join(' · '), fuelWidth, small * 0.95)) {
      labels.push({
        x: round(fuelX),
        y: round(fy + small),
        text: line,
        size: small * 0.95,
        weight: 400,
        color: 'muted',
      });
      fy += small * 1.3;
    }
    fy += small * 0.5;
    const facts: { id: string; text: string; source: string; heading: string }[] = [
      {
        id: 'fuel-capacity',
        text: t.capacityFact(plant.capacityTonnesU.value),
        source: plant.capacityTonnesU.source,
        heading: t.capacityHeading,
      },
      {
        id: 'fuel-exports',
        text: t.exportsFact(plant.exports.destination),
        source: plant.exports.source,
        heading: t.exportsHeading,
      },
      {
        id: 'fuel-deliveries',
        text: t.deliveriesFact(
          plant.deliveries.count,
          formatPartialDate(plant.deliveries.asOf, lang),
        ),
        source: plant.deliveries.source,
        heading: t.deliveriesHeading,
      },
    ];
    for (const fact of facts) {
      const lines = wrapText(fact.text, fuelWidth, small);
      lines.forEach((line, i) => {
        labels.push({
          x: round(fuelX),
          y: round(fy + small + i * small * 1.3),
          text: line,
          size: small,
          weight: 400,
          color: 'text',
        });
      });
      marks.push({
        id: fact.id,
        x: round(fuelX + fuelWidth / 2),
        y: round(fy + (lines.length * small * 1.3) / 2),
        r: 12,
        box: { width: round(fuelWidth), height: round(lines.length * small * 1.3) },
        label: t.sourced(fact.text, src(fact.source)),
        tooltip: { heading: fact.heading, value: fact.text, sourceId: fact.source },
      });
      fy += lines.length * small * 1.3 + small * 0.3;
    }
    const height = Math.ceil(Math.max(stepsBottom, fy) + fs * 0.3);
    // Marks are laid out in plot coordinates; shift them into the figure's.
    for (const m of marks) {
      m.x = round(m.x + ox);
      m.y = round(m.y + oy);
    }
    return { width, height, k, labels, slots, range, rail, steps, bars };
  };

  const frame = layoutFrame(text, size, (w) => layout(w).height);
  ox = frame.plot.x;
  oy = frame.plot.y;
  const plot = layout(frame.plot.width);

  const columns: TableColumn[] = [
    { key: 'topic', label: t.columns.topic },
    { key: 'item', label: t.columns.item },
    { key: 'value', label: t.columns.value },
    { key: 'source', label: t.columns.source },
  ];
  const src = (id: string) => describeSource(sources.byId.get(id));
  const p = n.plannedPlants;
  const rows = [
    {
      id: 'planned',
      cells: {
        topic: t.topicPlan,
        item: t.itemPlantsToBuild,
        value: t.planValue(p.min, p.max, p.label),
        source: src(p.source),
      },
      sourceId: p.source,
    },
    ...n.plants.flatMap((pl) => {
      const lead = partners.get(pl.lead.partner);
      const topic = t.plant(pl.ordinal);
      return [
        {
          id: `${pl.id}-lead`,
          cells: {
            topic,
            item: t.itemLead,
            value: t.leadFact(lead?.name ?? pl.lead.partner, pl.lead.status),
            source: src(pl.lead.source),
          },
          sourceId: pl.lead.source,
        },
        ...(pl.site
          ? [
              {
                id: `${pl.id}-site`,
                cells: {
                  topic,
                  item: t.itemSite,
                  value: pl.site.name,
                  source: src(pl.site.source),
                },
                sourceId: pl.site.source,
              },
            ]
          : []),
        ...(pl.reactors
          ? [
              {
                id: `${pl.id}-reactors`,
                cells: {
                  topic,
                  item: t.itemReactors,
                  value: `${pl.reactors.units} × ${pl.reactors.design}`,
                  source: src(pl.reactors.source),
                },
                sourceId: pl.reactors.source,
              },
            ]
          : []),
        ...(pl.capacityGw
          ? [
              {
                id: `${pl.id}-capacity`,
                cells: {
                  topic,
                  item: t.itemCapacity,
                  value: t.capacityGw(pl.capacityGw.value),
                  source: src(pl.capacityGw.source),
                },
                sourceId: pl.capacityGw.source,
              },
            ]
          : []),
        ...(pl.costUsdBn
          ? [
              {
                id: `${pl.id}-cost`,
                cells: {
                  topic,
                  item: t.itemCost,
                  value: t.cost(pl.costUsdBn.min, pl.costUsdBn.max),
                  source: src(pl.costUsdBn.source),
                },
                sourceId: pl.costUsdBn.source,
              },
            ]
          : []),
        ...(pl.completion
          ? [
              {
                id: `${pl.id}-completion`,
                cells: {
                  topic,
                  item: t.itemCompletion,
                  value: t.yearRange(pl.completion.fromYear, pl.completion.toYear),
                  source: src(pl.completion.source),
                },
                sourceId: pl.completion.source,
              },
            ]
          : []),
      ];
    }),
    ...n.steps.map((s) => ({
      id: `step-${s.id}`,
      cells: {
        topic: t.topicStep,
        item: whenText(s, t, lang),
        value: s.label,
        source: src(s.source),
      },
      sourceId: s.source,
    })),
    ...n.steps.flatMap((s) =>
      (s.figures ?? []).map((f) => ({
        id: `figure-${f.id}`,
        cells: {
          topic: t.topicReferendum,
          item: f.label,
          value:
            f.unit === 'percent' ? formatPercent(f.value, 2, lang) : formatNumber(f.value, 2, lang),
          source: src(f.source),
        },
        sourceId: f.source,
      })),
    ),
    {
      id: 'uranium-share',
      cells: {
        topic: t.topicUranium,
        item: t.itemWorldOutput(n.fuel.uraniumWorldShare.year),
        value: t.worldOutputValue(formatPercent(n.fuel.uraniumWorldShare.percent, 0, lang)),
        source: src(n.fuel.uraniumWorldShare.source),
      },
      sourceId: n.fuel.uraniumWorldShare.source,
    },
    ...n.fuel.fuelPlant.owners.shares.map((s, i) => ({
      id: `owner-${i}`,
      cells: {
        topic: t.topicFuelPlant,
        item: t.itemOwner(s.owner),
        value: formatPercent(s.percent, 0, lang),
        source: src(n.fuel.fuelPlant.owners.source),
      },
      sourceId: n.fuel.fuelPlant.owners.source,
    })),
    {
      id: 'fuel-capacity',
      cells: {
        topic: t.topicFuelPlant,
        item: t.capacityHeading,
        value: t.capacityValue(n.fuel.fuelPlant.capacityTonnesU.value),
        source: src(n.fuel.fuelPlant.capacityTonnesU.source),
      },
      sourceId: n.fuel.fuelPlant.capacityTonnesU.source,
    },
    {
      id: 'fuel-deliveries',
      cells: {
        topic: t.topicFuelPlant,
        item: t.itemDeliveries(formatPartialDate(n.fuel.fuelPlant.deliveries.asOf, lang)),
        value: formatNumber(n.fuel.fuelPlant.deliveries.count, 2, lang),
        source: src(n.fuel.fuelPlant.deliveries.source),
      },
      sourceId: n.fuel.fuelPlant.deliveries.source,
    },
  ];

  const quotes: Quote[] = [
    { quote: p.quote, sourceId: p.source, supports: t.supportsRange },
    ...n.partners
      .filter((x) => x.quote)
      .map((x) => ({ quote: x.quote ?? '', sourceId: x.source, supports: t.supportsRole(x.name) })),
    {
      quote: n.fuel.supplier.quote,
      sourceId: n.fuel.supplier.source,
      supports: t.supportsFuel,
    },
  ];

  return {
    chartId: 'nuclear',
    text,
    frame,
    summary: summariseNuclear(n, t, lang),
    plot,
    marks: [...marks],
    table: { caption: t.caption, columns, rows },
    citations: [...new Set(['article', ...citedSources(n)])],
    quotes,
  };
}

import type { InteractiveMark } from '../../figure/model';
import { wrapText } from '../../figure/textMetrics';
import { withBreakSpaces } from '../../figure/lineBreaks';
import { formatPartialDate, formatPercent } from '../../i18n/format';
import { isChina } from './text';
import type { NuclearContext } from './nuclearContext';
import { round } from './nuclearFormat';
import type { Bar, Color, Column, Label, Section } from './nuclearTypes';

/**
 * A run of the fuel column. `next` is where the following block starts, its gap included: the
 * gaps are added to the cursor in one sum, as the figure has always been laid out.
 */
interface Block {
  labels: Label[];
  marks: InteractiveMark[];
  bars: Bar[];
  next: number;
}

const barHeight = (ctx: NuclearContext) => round(ctx.fs * 1.45);

/** A mark over the full width of the column, centred on `y`. */
function columnMark(
  col: Column,
  y: number,
  height: number,
  rest: Pick<InteractiveMark, 'id' | 'label' | 'tooltip'>,
): InteractiveMark {
  return {
    id: rest.id,
    x: round(col.x + col.width / 2),
    y: round(y),
    r: 12,
    box: { width: round(col.width), height },
    label: rest.label,
    tooltip: rest.tooltip,
  };
}

/** Text wrapped to the column, one label a line from `top`, each line `shift` below its step. */
function wrappedLabels(
  text: string,
  style: Pick<Label, 'color'> & Partial<Label>,
  col: Column,
  top: number,
  small: number,
  shift = 0,
): { labels: Label[]; next: number } {
  const labels: Label[] = [];
  let y = top;
  for (const line of withBreakSpaces(wrapText(text, col.width, small))) {
    labels.push({
      x: round(col.x),
      y: round(y + shift),
      text: line,
      size: small,
      weight: 400,
      ...style,
    });
    y += small * 1.3;
  }
  return { labels, next: y };
}

/** Muted text wrapped to the column, a line per step of `top`. */
function quoteLines(text: string, extra: Partial<Label>, col: Column, top: number, small: number) {
  return wrappedLabels(text, { color: 'muted', ...extra }, col, top, small);
}

/** A label over a bar, wrapped to the column; `next` is where the bar goes. */
function barLabel(text: string, col: Column, top: number, small: number) {
  const { labels, next } = wrappedLabels(text, { color: 'text' }, col, top, small, small);
  return { labels, next: next + small * 0.2 };
}

/** The supplier's words in English (marked so in another language), a translation under them. */
function supplierQuote(ctx: NuclearContext, col: Column, top: number): Block {
  const { t, lang, small, src } = ctx;
  const supplier = ctx.n.fuel.supplier;
  const original = quoteLines(
    `“${supplier.quote}”`,
    { italic: true, ...(lang === 'en' ? {} : { lang: 'en' }) },
    col,
    top,
    small,
  );
  const translated = lang === 'en' ? undefined : ctx.translateQuote(supplier.quote);
  const translation = translated
    ? quoteLines(t.translation(translated), {}, col, original.next, small)
    : { labels: [], next: original.next };
  const end = translation.next;
  const mark = columnMark(col, end - small * 1.3, round(small * 1.4), {
    id: 'fuel-supplier',
    label: t.sourced(t.supplierMark(supplier.quote), src(supplier.source)),
    tooltip: {
      heading: t.supplierHeading,
      value: t.supplierValue,
      quote: supplier.quote,
      sourceId: supplier.source,
    },
  });
  return {
    labels: [...original.labels, ...translation.labels],
    marks: [mark],
    bars: [],
    next: end + small * 0.6,
  };
}

/** Kazakhstan's share of world uranium output, as a bar split against the rest of the world. */
function uraniumShare(ctx: NuclearContext, col: Column, top: number): Block {
  const { t, lang, small, src } = ctx;
  const share = ctx.n.fuel.uraniumWorldShare;
  const percent = formatPercent(share.percent, 0, lang);
  const approximate = share.approximate ?? false;
  const heading = barLabel(t.shareLabel(share.year, approximate, percent), col, top, small);
  const y = heading.next;
  const barH = barHeight(ctx);
  const shareW = (col.width * share.percent) / 100;
  const bar: Bar = {
    id: 'uranium-share',
    x: round(col.x),
    y: round(y),
    width: round(col.width),
    height: barH,
    segments: [
      { x: round(col.x), width: round(shareW), color: 'kz', label: percent },
      {
        x: round(col.x + shareW),
        width: round(col.width - shareW),
        color: 'grid',
        label: t.restOfWorld,
      },
    ],
  };
  const mark = columnMark(col, y + barH / 2, barH, {
    id: 'uranium-share',
    label: t.sourced(t.shareMark(share.year, approximate, percent), src(share.source)),
    tooltip: {
      heading: t.shareHeading(share.year),
      value: t.shareValue(approximate, percent),
      sourceId: share.source,
    },
  });
  return { labels: heading.labels, marks: [mark], bars: [bar], next: y + (barH + small * 1.2) };
}

/** The owners' shares of the fuel plant, side by side along the bar. */
function ownerSegments(ctx: NuclearContext, col: Column): Bar['segments'] {
  const { t } = ctx;
  const segments: Bar['segments'] = [];
  let x = col.x;
  for (const sh of ctx.n.fuel.fuelPlant.owners.shares) {
    const w = (col.width * sh.percent) / 100;
    const color: Color = isChina(sh.country, t) ? 'cn' : 'kz';
    segments.push({ x: round(x), width: round(w), color, label: t.ownerPercent(sh.percent) });
    x += w;
  }
  return segments;
}

/** Who owns the fuel plant, as a bar. */
function fuelOwners(ctx: NuclearContext, col: Column, top: number): Block {
  const { t, lang, small, src } = ctx;
  const plant = ctx.n.fuel.fuelPlant;
  const opened = formatPartialDate(plant.opened.date, lang);
  const heading = barLabel(t.ownersLabel(plant.name, opened), col, top, small);
  const y = heading.next;
  const barH = barHeight(ctx);
  const ownerShares = plant.owners.shares.map((s) => t.ownerShare(s.owner, s.percent));
  const bar: Bar = {
    id: 'fuel-owners',
    x: round(col.x),
    y: round(y),
    width: round(col.width),
    height: barH,
    segments: ownerSegments(ctx, col),
  };
  const mark = columnMark(col, y + barH / 2, barH, {
    id: 'fuel-owners',
    label: t.sourced(t.ownersMark(plant.name, ownerShares), src(plant.owners.source)),
    tooltip: {
      heading: t.ownersHeading,
      value: t.ownersValue(ownerShares),
      sourceId: plant.owners.source,
    },
  });
  return { labels: heading.labels, marks: [mark], bars: [bar], next: y + (barH + small * 0.4) };
}

/** Under the owners' bar: each owner and its country, in smaller type. */
function ownerCountries(ctx: NuclearContext, col: Column, top: number): Block {
  const { t, small } = ctx;
  const shares = ctx.n.fuel.fuelPlant.owners.shares;
  const text = shares.map((s) => t.ownerCountry(s.owner, s.country)).join(' · ');
  const labels: Label[] = [];
  let y = top;
  for (const line of withBreakSpaces(wrapText(text, col.width, small))) {
    labels.push({
      x: round(col.x),
      y: round(y + small),
      text: line,
      size: small,
      weight: 400,
      color: 'muted',
    });
    y += small * 1.3;
  }
  return { labels, marks: [], bars: [], next: y + small * 0.5 };
}

function fuelPlantFacts(ctx: NuclearContext) {
  const { t, lang } = ctx;
  const plant = ctx.n.fuel.fuelPlant;
  return [
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
}

/** The fuel plant's capacity, exports and deliveries, each a short paragraph and a target. */
function fuelFacts(ctx: NuclearContext, col: Column, top: number): Block {
  const { t, small, src } = ctx;
  const labels: Label[] = [];
  const marks: InteractiveMark[] = [];
  let y = top;
  for (const fact of fuelPlantFacts(ctx)) {
    const lines = withBreakSpaces(wrapText(fact.text, col.width, small));
    labels.push(
      ...lines.map((line, i): Label => ({
        x: round(col.x),
        y: round(y + small + i * small * 1.3),
        text: line,
        size: small,
        weight: 400,
        color: 'text',
      })),
    );
    const height = lines.length * small * 1.3;
    marks.push(
      columnMark(col, y + height / 2, round(height), {
        id: fact.id,
        label: t.sourced(fact.text, src(fact.source)),
        tooltip: { heading: fact.heading, value: fact.text, sourceId: fact.source },
      }),
    );
    y += lines.length * small * 1.3 + small * 0.3;
  }
  return { labels, marks, bars: [], next: y };
}

/** Uranium and fuel: the supplier's words, the world share, the fuel plant's owners and facts. */
export function layoutFuel(
  ctx: NuclearContext,
  col: Column,
  top: number,
): Section & { bars: Bar[] } {
  const { t, fs } = ctx;
  const heading: Label = {
    x: round(col.x),
    y: round(top),
    text: t.fuelHeading,
    size: fs,
    weight: 600,
    color: 'text',
  };
  const supplier = supplierQuote(ctx, col, top + fs * 1.3);
  const share = uraniumShare(ctx, col, supplier.next);
  const owners = fuelOwners(ctx, col, share.next);
  const countries = ownerCountries(ctx, col, owners.next);
  const facts = fuelFacts(ctx, col, countries.next);
  const blocks = [supplier, share, owners, countries, facts];
  return {
    labels: [heading, ...blocks.flatMap((b) => b.labels)],
    marks: blocks.flatMap((b) => b.marks),
    bars: blocks.flatMap((b) => b.bars),
    bottom: facts.next,
  };
}

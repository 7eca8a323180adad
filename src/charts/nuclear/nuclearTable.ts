import type { DataTable, TableColumn } from '../../figure/model';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { NuclearText } from './text';
import type { NuclearContext } from './nuclearContext';
import { figureValue, whenText } from './nuclearFormat';
import type { NuclearPlant } from './nuclearTypes';

type Row = DataTable['rows'][number];

function tableColumns(t: NuclearText): TableColumn[] {
  return [
    { key: 'topic', label: t.columns.topic },
    { key: 'item', label: t.columns.item },
    { key: 'value', label: t.columns.value },
    { key: 'source', label: t.columns.source },
  ];
}

function tableRow(
  ctx: NuclearContext,
  id: string,
  topic: string,
  item: string,
  value: string,
  sourceId: string,
): Row {
  return { id, cells: { topic, item, value, source: ctx.src(sourceId) }, sourceId };
}

function planRow(ctx: NuclearContext): Row {
  const { t } = ctx;
  const p = ctx.n.plannedPlants;
  return tableRow(
    ctx,
    'planned',
    t.topicPlan,
    t.itemPlantsToBuild,
    t.planValue(p.min, p.max, p.label),
    p.source,
  );
}

/** A row for each thing known of one plant, the lead first. */
function plantRows(ctx: NuclearContext, pl: NuclearPlant): Row[] {
  const { t } = ctx;
  const lead = ctx.partners.get(pl.lead.partner);
  const topic = t.plant(pl.ordinal);
  const row = (what: string, item: string, value: string, sourceId: string) =>
    tableRow(ctx, `${pl.id}-${what}`, topic, item, value, sourceId);
  const leadValue = t.leadFact(lead?.name ?? pl.lead.partner, pl.lead.status);
  return [
    row('lead', t.itemLead, leadValue, pl.lead.source),
    ...(pl.site ? [row('site', t.itemSite, pl.site.name, pl.site.source)] : []),
    ...(pl.reactors
      ? [
          row(
            'reactors',
            t.itemReactors,
            `${pl.reactors.units} × ${pl.reactors.design}`,
            pl.reactors.source,
          ),
        ]
      : []),
    ...(pl.capacityGw
      ? [row('capacity', t.itemCapacity, t.capacityGw(pl.capacityGw.value), pl.capacityGw.source)]
      : []),
    ...(pl.costUsdBn
      ? [row('cost', t.itemCost, t.cost(pl.costUsdBn.min, pl.costUsdBn.max), pl.costUsdBn.source)]
      : []),
    ...(pl.completion
      ? [
          row(
            'completion',
            t.itemCompletion,
            t.yearRange(pl.completion.fromYear, pl.completion.toYear),
            pl.completion.source,
          ),
        ]
      : []),
  ];
}

/** Every step, then every figure the steps report (the referendum's). */
function stepRows(ctx: NuclearContext): Row[] {
  const { n, t, lang } = ctx;
  return [
    ...n.steps.map((s) =>
      tableRow(ctx, `step-${s.id}`, t.topicStep, whenText(s, t, lang), s.label, s.source),
    ),
    ...n.steps.flatMap((s) =>
      (s.figures ?? []).map((f) =>
        tableRow(ctx, `figure-${f.id}`, t.topicReferendum, f.label, figureValue(f, lang), f.source),
      ),
    ),
  ];
}

function fuelRows(ctx: NuclearContext): Row[] {
  const { t, lang } = ctx;
  const { uraniumWorldShare: share, fuelPlant: plant } = ctx.n.fuel;
  return [
    tableRow(
      ctx,
      'uranium-share',
      t.topicUranium,
      t.itemWorldOutput(share.year),
      t.worldOutputValue(formatPercent(share.percent, 0, lang)),
      share.source,
    ),
    ...plant.owners.shares.map((s, i) =>
      tableRow(
        ctx,
        `owner-${i}`,
        t.topicFuelPlant,
        t.itemOwner(s.owner),
        formatPercent(s.percent, 0, lang),
        plant.owners.source,
      ),
    ),
    tableRow(
      ctx,
      'fuel-capacity',
      t.topicFuelPlant,
      t.capacityHeading,
      t.capacityValue(plant.capacityTonnesU.value),
      plant.capacityTonnesU.source,
    ),
    tableRow(
      ctx,
      'fuel-deliveries',
      t.topicFuelPlant,
      t.itemDeliveries(formatPartialDate(plant.deliveries.asOf, lang)),
      formatNumber(plant.deliveries.count, 2, lang),
      plant.deliveries.source,
    ),
  ];
}

/** The table: the plan, each plant, the steps, then uranium and the fuel plant. */
export function nuclearTable(ctx: NuclearContext): DataTable {
  return {
    caption: ctx.t.caption,
    columns: tableColumns(ctx.t),
    rows: [
      planRow(ctx),
      ...ctx.n.plants.flatMap((pl) => plantRows(ctx, pl)),
      ...stepRows(ctx),
      ...fuelRows(ctx),
    ],
  };
}

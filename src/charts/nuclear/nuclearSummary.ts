import type { Language } from '../../i18n/languages';
import type { Nuclear } from '../../schema/nuclear';
import type { NuclearText } from './text';
import { whenText } from './nuclearFormat';

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

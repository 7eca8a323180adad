import { formatNumber, formatUsdBn, listJoin } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { MAP_LAYERS } from './mapLayers';
import { tradeForYear } from './mapTrade';
import type { MapData } from './mapTypes';
import type { MapText } from './text';

/** The map in sentences: each layer's places (hidden or not), the latest trade, the borders. */
export function summariseMap(data: MapData, t: MapText, lang: Language = 'en'): string {
  const { places } = data.places;
  const byLayer = MAP_LAYERS.map((l) => {
    const names = places
      .filter((p) => p.features.some((f) => l.kinds.includes(f.kind)))
      .map((p) => p.name);
    return t.summary.layer(t.layers[l.id], listJoin(names, lang));
  });
  const trade = data.trade ? tradeForYear(data.trade, undefined) : undefined;
  return [
    t.summary.places(
      places.length,
      formatNumber(places.length, 0, lang),
      byLayer.join(t.summary.layerSeparator),
    ),
    trade
      ? t.summary.trade(
          formatUsdBn(trade.point.value, false, lang),
          trade.point.year,
          trade.series.label,
        )
      : '',
    t.summary.boundaries,
  ]
    .filter(Boolean)
    .join(t.summary.sentenceSeparator);
}

import type { FrameText, LegendEntry } from '../../figure/frame';
import { formatNumber } from '../../i18n/format';
import type { Place } from '../../schema/places';
import { MAP_LAYERS } from './mapLayers';
import type { YearTrade } from './mapTrade';
import { sourceById, type MapWords } from './mapWords';
import type { MapText } from './text';

/** The layers still switched on, then the trade line when there is one. */
function mapLegend(
  t: MapText,
  hidden: ReadonlySet<string>,
  trade: YearTrade | undefined,
): LegendEntry[] {
  return [
    ...MAP_LAYERS.filter((l) => !hidden.has(l.id)).map((l): LegendEntry => ({
      key: l.id,
      label: t.layers[l.id],
      color: l.color,
      symbols: [l.symbol],
    })),
    ...(trade
      ? [
          {
            key: 'trade',
            label: t.tradeLegend,
            color: 'cn' as const,
            symbols: ['line' as const],
          },
        ]
      : []),
  ];
}

/** The boundaries' and places' sources, and the trade figure's when the line is drawn. */
function sourceLine(words: MapWords, trade: YearTrade | undefined): string {
  const { t } = words;
  return `${t.source}${
    trade ? t.sourceTrade(trade.series.label, sourceById(words, trade.point.source)) : ''
  }`;
}

/** Title, subtitle, legend and source line. */
export function frameText(
  places: readonly Place[],
  hidden: ReadonlySet<string>,
  trade: YearTrade | undefined,
  words: MapWords,
  tradeMissing = false,
): FrameText {
  const { t, lang } = words;
  return {
    title: t.title(places.length, formatNumber(places.length, 0, lang)),
    subtitle: tradeMissing
      ? `${t.subtitle}${lang === 'zh' ? '' : ' '}${t.tradeMissing}`
      : t.subtitle,
    legend: mapLegend(t, hidden, trade),
    source: sourceLine(words, trade),
  };
}

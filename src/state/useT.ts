import type { ChartNames } from '../charts/contract';
import type { Chart } from '../charts/registry';
import type { Messages } from '../i18n/messages/en';
import { useLanguage } from './language';

/** The interface's words in the reader's language. */
export function useT(): Messages {
  return useLanguage().messages;
}

/** A chart's name and description in the reader's language. */
export function useChartNames(chart: Chart): ChartNames {
  return chart.names[useLanguage().lang];
}

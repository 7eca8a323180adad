import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Chart } from '../charts/registry';
import type { ExportOptions } from '../export/options';
import type { Selection } from '../figure/selection';
import type { Language } from '../i18n/languages';

interface View {
  chart: Chart;
  client: QueryClient;
  options: ExportOptions;
  shownWidth: number;
  selection: Selection;
  lang: Language;
}

/** While the menu is open, gets a PNG of the current view ready, so the click only draws it. */
export function usePngWarmUp(open: boolean, view: View): void {
  const { chart, client, options, shownWidth, selection, lang } = view;
  const selectionKey = JSON.stringify(selection);
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => {
      void import('../export-browser/exportChart')
        .then(({ prepareForPng }) =>
          prepareForPng({
            chart,
            client,
            options,
            shownWidth,
            selection,
            url: window.location.href,
            lang,
            date: new Date().toISOString().slice(0, 10),
          }),
        )
        // Bad options or a failed load are reported by the export itself, when asked for.
        .catch(() => undefined);
    }, 150);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the selection is compared by value
  }, [open, options, shownWidth, selectionKey, chart, client, lang]);
}

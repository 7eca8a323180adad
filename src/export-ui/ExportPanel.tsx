import { useQueryClient } from '@tanstack/react-query';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { useState } from 'react';
import type { Chart } from '../charts/registry';
import { FORMATS, type ExportFormat } from '../export/formats';
import type { ExportOptions } from '../export/options';
import { ExportOptionsFields } from './ExportOptionsFields';
import { loadOptions, saveOptions } from './storedOptions';
import { usePngWarmUp } from './usePngWarmUp';
import type { Selection } from '../figure/selection';

export interface Props {
  chart: Chart;
  width: number;
  selection: Selection;
}

const ACTIONS: readonly { format: ExportFormat | 'copy'; label: string }[] = [
  ...FORMATS,
  { format: 'copy', label: 'Copy image' },
];

/**
 * The Export menu's contents: the formats, the remembered options and the status. Loaded when the
 * menu is first opened.
 */
export function ExportPanel({ chart, width, selection, open }: Props & { open: boolean }) {
  const client = useQueryClient();
  const { lang } = useLanguage();
  const t = useT();
  const [options, setOptionsState] = useState<ExportOptions>(loadOptions);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const setOptions = (patch: Partial<ExportOptions>) => {
    setOptionsState((o) => {
      const next = { ...o, ...patch };
      saveOptions(next);
      return next;
    });
  };

  usePngWarmUp(open, { chart, client, options, shownWidth: width, selection, lang });

  const run = async (format: ExportFormat | 'copy') => {
    setBusy(true);
    setStatus(t.preparingFile);
    const startMark = `kzcn:export:${chart.id}:${format}:start`;
    performance.mark(startMark);
    try {
      // The exporters load on first use; they are not part of the page's first view.
      const [{ exportChart, copyImage }, { download }] = await Promise.all([
        import('../export-browser/exportChart'),
        import('../export-browser/download'),
      ]);
      const request = {
        chart,
        client,
        options,
        shownWidth: width,
        selection,
        url: window.location.href,
        lang,
        date: new Date().toISOString().slice(0, 10),
      };
      if (format === 'copy') {
        await copyImage({ ...request, format: 'png' });
        setStatus(t.imageCopied);
      } else {
        const file = await exportChart({ ...request, format });
        // A user timing entry, read by the export benchmark; only the last few are kept, so a
        // long session of exports does not grow the timeline.
        const measure = `kzcn:export:${chart.id}:${format}`;
        if (performance.getEntriesByName(measure).length >= 10) performance.clearMeasures(measure);
        performance.measure(measure, startMark);
        download(file);
        setStatus(t.savedFile(file.name));
      }
    } catch (error) {
      setStatus(t.exportFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      performance.clearMarks(startMark);
      setBusy(false);
    }
  };

  return (
    <div className="export-panel-body" aria-busy={busy}>
      <div className="export-formats" role="group" aria-label={t.downloadAs}>
        {ACTIONS.map((f) => (
          <button key={f.format} type="button" disabled={busy} onClick={() => void run(f.format)}>
            {f.format === 'copy' ? t.copyImage : f.label}
          </button>
        ))}
      </div>
      <ExportOptionsFields options={options} width={width} onChange={setOptions} />
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}

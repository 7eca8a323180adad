import { useQueryClient } from '@tanstack/react-query';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { useEffect, useState } from 'react';
import type { RegisteredChart } from '../charts/defineChart';
import { FORMATS, type ExportFormat } from '../export/fileName';
import {
  loadOptions,
  saveOptions,
  SIZE_PRESETS,
  type ExportOptions,
  type ExportTheme,
  type SizePreset,
} from '../export/options';
import type { Selection } from '../figure/selection';

export interface Props {
  chart: RegisteredChart;
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

  // While the menu is open, get a PNG of the current view ready, so the click only draws it.
  const selectionKey = JSON.stringify(selection);
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => {
      void import('../export/exportChart')
        .then(({ prepareForPng }) =>
          prepareForPng({
            chart,
            client,
            options,
            shownWidth: width,
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
  }, [open, options, width, selectionKey, chart, client, lang]);

  const run = async (format: ExportFormat | 'copy') => {
    setBusy(true);
    setStatus(t.preparingFile);
    const startMark = `kzcn:export:${chart.id}:${format}:start`;
    performance.mark(startMark);
    try {
      // The exporters load on first use; they are not part of the page's first view.
      const { exportChart, download, copyImage } = await import('../export/exportChart');
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
      <fieldset className="export-options">
        <legend>{t.exportOptions}</legend>
        <label>
          {t.exportSize}
          <select
            value={options.size}
            onChange={(e) => setOptions({ size: e.target.value as SizePreset })}
          >
            <option value="shown">{t.sizeAsShown(width)}</option>
            {Object.entries(SIZE_PRESETS).map(([key, p]) => (
              <option key={key} value={key}>
                {p.label}
              </option>
            ))}
            <option value="custom">{t.sizeCustom}</option>
          </select>
        </label>
        {options.size === 'custom' && (
          <span className="export-custom">
            <PixelField
              label={t.exportWidth}
              value={options.width}
              onChange={(width) => setOptions({ width })}
            />
            <PixelField
              label={t.exportHeight}
              value={options.height}
              onChange={(height) => setOptions({ height })}
            />
          </span>
        )}
        <label>
          {t.pngScale}
          <select
            value={options.scale}
            onChange={(e) => setOptions({ scale: Number(e.target.value) })}
          >
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.exportTheme}
          <select
            value={options.theme}
            onChange={(e) => setOptions({ theme: e.target.value as ExportTheme })}
          >
            <option value="light">{t.themeLight}</option>
            <option value="dark">{t.themeDark}</option>
            <option value="transparent">{t.transparentBackground}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={options.title}
            onChange={(e) => setOptions({ title: e.target.checked })}
          />
          {t.exportTitle}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={options.source}
            onChange={(e) => setOptions({ source: e.target.checked })}
          />
          {t.exportSourceLine}
        </label>
      </fieldset>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}

/** A size in px; an empty or half-typed field is NaN, which the export refuses with a message. */
function PixelField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { RegisteredChart } from '../charts/defineChart';
import type { ExportFormat } from '../export/fileName';
import type { Selection } from './selection';
import { useTheme } from './theme';

interface Props {
  chart: RegisteredChart;
  width: number;
  selection: Selection;
}

const ITEMS: { format: ExportFormat; label: string; scale?: number }[] = [
  { format: 'png', label: 'PNG image (2×)', scale: 2 },
  { format: 'svg', label: 'SVG (vector)' },
  { format: 'csv', label: 'CSV (data and sources)' },
  { format: 'json', label: 'JSON (data and sources)' },
];

/** The chart's files: the figure as the reader sees it, and its numbers with their sources. */
export function ExportMenu({ chart, width, selection }: Props) {
  const client = useQueryClient();
  const { theme } = useTheme();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const run = async (format: ExportFormat, scale?: number) => {
    setOpen(false);
    setStatus('Preparing the file…');
    try {
      // The exporters load on first use; they are not part of the page's first view.
      const { exportChart, download } = await import('../export/exportChart');
      const file = await exportChart({
        chart,
        client,
        format,
        width,
        theme,
        selection,
        ...(scale ? { scale } : {}),
        url: window.location.href,
        date: new Date().toISOString().slice(0, 10),
      });
      download(file);
      setStatus(`Saved ${file.name}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        Export<span className="visually-hidden"> the {chart.name.toLowerCase()} chart</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id={menuId} className="export-items" hidden={!open}>
        {ITEMS.map((item) => (
          <li key={item.format}>
            <button type="button" onClick={() => void run(item.format, item.scale)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}

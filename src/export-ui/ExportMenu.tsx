import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import type { Props } from './ExportPanel';

// The formats and options load with the first opening; the button is all the first view needs.
const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

/** The chart's files, as the reader sees it, and its numbers with their sources. */
export function ExportMenu({ chart, width, selection }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const name = chart.names[lang].name;
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div
      className="export-menu js-only"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {t.exportButton}
        <span className="visually-hidden"> {t.exportWhat(name.toLowerCase())}</span>
        <span aria-hidden="true">&#160;▾</span>
      </button>
      <div id={panelId} className="export-panel" hidden={!open}>
        {opened && (
          <Suspense fallback={<p className="export-status">{t.loading}</p>}>
            <ExportPanel chart={chart} width={width} selection={selection} open={open} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

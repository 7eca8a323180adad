import { useQueryClient } from '@tanstack/react-query';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { useRef, useState } from 'react';
import { charts } from '../charts/registry';
import { FORMATS, type ExportFormat } from '../export/formats';
import { loadOptions } from './storedOptions';
import { useSelection } from '../state/selection';
import { DECK_ASPECTS, type DeckAspect } from '../export/deckAspects';
import { useDeckDownload } from './useDeckDownload';

const CHOICES = FORMATS;

/**
 * The width a chart has on this page, as its own Export menu sees it: "as shown" is then the
 * same size from Export all as from each chart.
 */
function cardWidth(): number | null {
  const wrap = document.querySelector('[data-chart-card] .figure-wrap');
  const width = wrap?.getBoundingClientRect().width;
  return width ? Math.floor(width) : null;
}

/** Every chart, in the chosen formats and the remembered export options, as one ZIP. */
export function ExportAllPanel({ shownWidth }: { shownWidth: number }) {
  const client = useQueryClient();
  const { lang } = useLanguage();
  const t = useT();
  const selection = useSelection();
  const [formats, setFormats] = useState<Set<ExportFormat>>(() => new Set(['png', 'svg']));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus('');
    setProgress({ done: 0, total: 1 });
    try {
      const [{ exportAll }, { download }] = await Promise.all([
        import('../export-browser/exportAll'),
        import('../export-browser/download'),
      ]);
      const zip = await exportAll({
        charts: [...charts],
        formats: CHOICES.map((c) => c.format).filter((f) => formats.has(f)),
        client,
        options: loadOptions(),
        shownWidth: cardWidth() ?? shownWidth,
        selection,
        url: window.location.href,
        lang,
        date: new Date().toISOString().slice(0, 10),
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      download(zip);
      setStatus(t.savedFile(zip.name));
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      setStatus(
        cancelled
          ? t.cancelled
          : t.exportFailed(error instanceof Error ? error.message : String(error)),
      );
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <>
      <fieldset>
        <legend>{t.exportFormats}</legend>
        {CHOICES.map((c) => (
          <label key={c.format}>
            <input
              type="checkbox"
              checked={formats.has(c.format)}
              onChange={(e) => {
                const next = new Set(formats);
                if (e.target.checked) next.add(c.format);
                else next.delete(c.format);
                setFormats(next);
              }}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <p className="export-all-note">{t.exportAllNote}</p>
      <div className="export-all-actions">
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t.exportProgress} />
            <span>{t.filesDone(progress.done, progress.total)}</span>
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              {t.cancel}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            disabled={formats.size === 0}
            onClick={() => void start()}
          >
            {t.exportAllZip}
          </button>
        )}
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
      <DeckExport />
    </>
  );
}

/** One editable PowerPoint deck of every chart, in the reader's language and a chosen shape. */
function DeckExport() {
  const t = useT();
  const [aspect, setAspect] = useState<DeckAspect>('16:9');
  const [pictures, setPictures] = useState(false);
  const { busy, status, start: download } = useDeckDownload();
  const start = (kind: 'deck' | 'handout') => download(kind, aspect, pictures);
  return (
    <fieldset className="deck-export">
      <legend>{t.deckHeading}</legend>
      <p className="export-all-note">{t.deckNote}</p>
      {DECK_ASPECTS.map((a) => (
        <label key={a}>
          <input
            type="radio"
            name="deck-aspect"
            value={a}
            checked={aspect === a}
            onChange={() => setAspect(a)}
          />
          {t.deckShape(a)}
        </label>
      ))}
      <label>
        <input type="checkbox" checked={pictures} onChange={(e) => setPictures(e.target.checked)} />
        {t.deckPictures}
      </label>
      <div className="export-all-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void start('deck')}>
          {t.deckDownload}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void start('handout')}
        >
          {t.handoutDownload}
        </button>
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
    </fieldset>
  );
}

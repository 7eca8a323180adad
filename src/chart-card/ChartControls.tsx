import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import type { KeyboardEvent } from 'react';
import type { Chart } from '../charts/registry';
import { updateSelection, useSelection } from '../state/selection';
import type { Zoom } from './useZoom';

const PAN_STEP = 60;

/** A chart's own controls, where it has any: layers to switch off, and pan and zoom. */
export function ChartControls({ chart, zoom }: { chart: Chart; zoom: Zoom }) {
  const selection = useSelection();
  const t = useT();
  const { lang } = useLanguage();
  const name = chart.names[lang].name;
  if (!chart.zoomable && chart.layers.length === 0) return null;
  const hidden = new Set(selection.hide ?? []);

  const onZoomKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => zoom.pan(PAN_STEP, 0),
      ArrowRight: () => zoom.pan(-PAN_STEP, 0),
      ArrowUp: () => zoom.pan(0, PAN_STEP),
      ArrowDown: () => zoom.pan(0, -PAN_STEP),
      '+': zoom.zoomIn,
      '=': zoom.zoomIn,
      '-': zoom.zoomOut,
      '0': zoom.reset,
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="chart-controls">
      {chart.layers.length > 0 && (
        <fieldset className="layer-toggles">
          <legend>{t.layers}</legend>
          {chart.layers.map((l) => (
            <label key={l.id}>
              <input
                type="checkbox"
                checked={!hidden.has(l.id)}
                onChange={(e) => {
                  const next = new Set(hidden);
                  if (e.target.checked) next.delete(l.id);
                  else next.add(l.id);
                  updateSelection({ hide: [...next] });
                }}
              />
              {l.label[lang]}
            </label>
          ))}
        </fieldset>
      )}
      {chart.zoomable && (
        <div
          className="zoom-controls"
          role="group"
          aria-label={t.zoomGroup(name)}
          onKeyDown={onZoomKeys}
        >
          <button type="button" className="button" onClick={zoom.zoomIn} aria-label={t.zoomIn}>
            +
          </button>
          <button type="button" className="button" onClick={zoom.zoomOut} aria-label={t.zoomOut}>
            −
          </button>
          <button
            type="button"
            className="button"
            onClick={zoom.reset}
            disabled={zoom.transform.k === 1 && zoom.transform.x === 0 && zoom.transform.y === 0}
          >
            {t.resetView}
          </button>
          <span className="zoom-hint">{t.zoomHint}</span>
        </div>
      )}
    </div>
  );
}

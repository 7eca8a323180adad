import type { CSSProperties } from 'react';
import type { FigureModel, InteractiveMark } from '../figure/model';
import { plotFit } from '../figure/plotFit';
import { fitPlacement, placeMark } from './markPlacement';
import type { TipContent } from './tipContent';

/** Where a built figure's tooltips go when not in its page: one file per language and chart. */
export const tipsPath = (lang: string, chartId: string) => `tips/${lang}/${chartId}.json`;

/** Which of a built figure's layouts a position is for: the phone's, or the only or wide one. */
export type LayoutKind = 'narrow' | 'wide' | 'only';

export interface BuiltLayout {
  kind: LayoutKind;
  model: FigureModel<unknown>;
}

const pct = (n: number) => `${String(Math.round(n * 1000) / 1000)}%`;

/** A mark's hit target in one layout, as percentages of the layout, so it scales with it. */
function position(m: InteractiveMark, model: FigureModel<unknown>, prefix: '' | 'n') {
  const { width, height, plot } = model.frame;
  const p = placeMark(m, fitPlacement(plotFit(model), plot));
  const w = m.box?.width ?? m.r * 2;
  const h = m.box?.height ?? m.r * 2;
  return {
    [`--${prefix}x`]: pct(((p.x - w / 2) / width) * 100),
    [`--${prefix}y`]: pct(((p.y - h / 2) / height) * 100),
    [`--${prefix}w`]: pct((w / width) * 100),
    [`--${prefix}h`]: pct((h / height) * 100),
    ...(p.visible ? {} : { [`--${prefix}d`]: 'none' }),
  };
}

/**
 * The marks of a figure built ahead of time, as the live figure's keyboard and pointer targets:
 * one button per mark with its accessible name, placed over whichever layout shows (the phone's
 * or the wide one, by the stylesheet). They answer before any chart code has loaded, from the
 * page's start-up script (src/app/boot), which shows each mark's tooltip from `tips`; the live
 * figure's own layer takes their place when it arrives. A page read without scripts leaves them
 * out: they would do nothing.
 */
export function BuiltMarks({
  layouts,
  label,
  chartId,
  tips,
  tipsSrc,
}: {
  layouts: readonly BuiltLayout[];
  label: string;
  chartId: string;
  tips: Readonly<Record<string, TipContent>>;
  /** Where the tooltips' words are fetched from instead (the build moves them there). */
  tipsSrc?: string;
}) {
  const byId = new Map<string, { mark: InteractiveMark; style: Record<string, string> }>();
  for (const { kind, model } of layouts) {
    for (const m of model.marks) {
      const entry = byId.get(m.id) ?? { mark: m, style: {} };
      Object.assign(entry.style, position(m, model, kind === 'narrow' ? 'n' : ''));
      byId.set(m.id, entry);
    }
  }
  // A mark one layout lacks is hidden in it.
  const narrow = layouts.some((l) => l.kind === 'narrow');
  for (const { style } of byId.values()) {
    if (style['--x'] === undefined) style['--d'] = 'none';
    if (narrow && style['--nx'] === undefined) style['--nd'] = 'none';
  }
  const json = JSON.stringify(tips).replace(/</g, '\\u003c');
  return (
    <>
      <div
        className="mark-layer built-marks js-only"
        role="group"
        aria-label={label}
        data-tips={chartId}
        data-tips-src={tipsSrc}
      >
        {[...byId.values()].map(({ mark, style }, i) => (
          <button
            key={mark.id}
            type="button"
            className={mark.box ? 'mark-target box' : 'mark-target'}
            data-mark-id={mark.id}
            aria-label={mark.label}
            tabIndex={i === 0 ? 0 : -1}
            style={style as CSSProperties}
          />
        ))}
      </div>
      <script
        type="application/json"
        data-tips-for={chartId}
        data-tips-src={tipsSrc}
        dangerouslySetInnerHTML={{ __html: json }}
      />
    </>
  );
}

import { earlyGestures, REACHED_EVENT } from '../../components/earlyGestures';
import {
  MARK_KEYS,
  nearestMark,
  tooltipAnchor,
  viewportShift,
} from '../../chart-card/markPlacement';
import type { TipContent } from '../../chart-card/tipContent';
import { tipElements } from '../../chart-card/tipDom';

/**
 * A built figure's marks answer before any chart code has loaded: pointing at one, focusing it
 * or tapping it shows its tooltip, from the words the page carries (or fetches, for a figure
 * further down, as the reader nears it). The live figure takes over what is showing (see
 * takeEarlyGestures). Listeners sit on the document, so they hold from the first byte and cost
 * nothing until a reader reaches a figure; once its live figure has replaced the built one,
 * there is nothing left here for them to find.
 */

const LAYER = '.figure-built .built-marks';
const tips = new Map<string, Promise<Record<string, TipContent>>>();

function tipsOf(layer: HTMLElement): Promise<Record<string, TipContent>> {
  const chart = layer.dataset.tips ?? '';
  let found = tips.get(chart);
  if (!found) {
    const inline = layer.parentElement?.querySelector(`script[data-tips-for="${chart}"]`);
    const src = layer.dataset.tipsSrc;
    found = inline?.textContent
      ? Promise.resolve(JSON.parse(inline.textContent) as Record<string, TipContent>)
      : src
        ? fetch(src).then((r) => r.json() as Promise<Record<string, TipContent>>)
        : Promise.resolve({});
    found.catch(() => tips.delete(chart));
    tips.set(chart, found);
  }
  return found;
}

interface Open {
  layer: HTMLElement;
  button: HTMLButtonElement;
  tip: HTMLElement;
  touched: boolean;
}

let open: Open | null = null;
let serial = 0;

function buttonsOf(layer: HTMLElement): HTMLButtonElement[] {
  return [...layer.querySelectorAll<HTMLButtonElement>('.mark-target')].filter(
    (b) => b.getClientRects().length > 0,
  );
}

function close(): void {
  if (!open) return;
  open.button.removeAttribute('aria-describedby');
  open.tip.remove();
  open = null;
  earlyGestures().tip = null;
}

/** Places the tooltip as the live figure does: above its mark, inside the window. */
function place(layer: HTMLElement, button: HTMLElement, tip: HTMLElement): void {
  const box = layer.getBoundingClientRect();
  const b = button.getBoundingClientRect();
  const at = { x: b.left + b.width / 2 - box.left, y: b.top + b.height / 2 - box.top };
  const anchor = tooltipAnchor(at, box.width, box.height, false);
  tip.style.left = `${String(anchor.left)}px`;
  tip.style.top = `${String(anchor.top)}px`;
  tip.classList.toggle('below', anchor.below);
  const shift = viewportShift(tip.getBoundingClientRect(), document.documentElement.clientWidth);
  tip.style.marginLeft = `${String(shift.dx)}px`;
  if (shift.flip) tip.classList.add('below');
}

function show(layer: HTMLElement, button: HTMLButtonElement, touched: boolean): void {
  const chart = layer.dataset.tips ?? '';
  const mark = button.dataset.markId ?? '';
  if (open?.button === button && open.touched === touched) return;
  close();
  const tip = document.createElement('div');
  tip.id = `early-tip-${String(++serial)}`;
  tip.setAttribute('role', 'tooltip');
  tip.className = touched ? 'tooltip touch' : 'tooltip';
  open = { layer, button, tip, touched };
  earlyGestures().tip = { chart, mark, touched };
  void tipsOf(layer).then((all) => {
    const content = all[mark];
    if (open?.tip !== tip || !content) return;
    tip.append(...tipElements(document, content));
    if (content.pick && touched) {
      const action = document.createElement('button');
      action.type = 'button';
      action.className = 'tooltip-action';
      action.textContent = content.pick.action;
      action.addEventListener('click', () => (earlyGestures().pick = { chart, mark }));
      tip.append(action);
    } else if (content.pick) {
      const hint = document.createElement('div');
      hint.className = 'tooltip-hint';
      hint.textContent = content.pick.hint;
      tip.append(hint);
    }
    layer.append(tip);
    button.setAttribute('aria-describedby', tip.id);
    place(layer, button, tip);
  });
}

/** The visible mark nearest a pointer, as the live figure finds it. */
function nearest(layer: HTMLElement, x: number, y: number): HTMLButtonElement | null {
  const buttons = buttonsOf(layer);
  const centres = buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: true };
  });
  const i = nearestMark(centres, x, y);
  return i === null ? null : (buttons[i] ?? null);
}

const layerOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(LAYER) : null;

function reach(target: EventTarget | null): void {
  const card = target instanceof Element ? target.closest<HTMLElement>('[data-chart-card]') : null;
  const chart = card?.dataset.chartCard;
  if (!chart) return;
  const early = earlyGestures();
  if (early.reached.includes(chart)) return;
  early.reached.push(chart);
  document.dispatchEvent(new CustomEvent(REACHED_EVENT, { detail: chart }));
}

let lastPointer = 'mouse';

function onPointerMove(e: PointerEvent): void {
  const layer = layerOf(e.target);
  if (e.pointerType === 'touch' || open?.touched) return;
  if (!layer) {
    if (open && !open.button.matches(':focus')) close();
    return;
  }
  const hit = nearest(layer, e.clientX, e.clientY);
  if (hit) show(layer, hit, false);
  else if (open?.layer === layer && !open.button.matches(':focus')) close();
}

function onPointerDown(e: PointerEvent): void {
  lastPointer = e.pointerType;
  reach(e.target);
  const layer = layerOf(e.target);
  if (e.pointerType !== 'touch') return;
  if (open?.touched && !(e.target instanceof Node && open.tip.contains(e.target))) close();
  if (!layer) return;
  // A tap on or between marks opens the nearest one's tooltip; it stays until a tap elsewhere.
  const hit = nearest(layer, e.clientX, e.clientY);
  if (hit) show(layer, hit, true);
}

function onClick(e: MouseEvent): void {
  const button =
    e.target instanceof Element ? e.target.closest<HTMLButtonElement>('.mark-target') : null;
  const layer = layerOf(button);
  if (!button || !layer) return;
  // A tap shows; a click (or Enter, Space) picks, once the figure is live.
  if (lastPointer === 'touch') {
    lastPointer = 'mouse';
    return;
  }
  earlyGestures().pick = { chart: layer.dataset.tips ?? '', mark: button.dataset.markId ?? '' };
}

function onFocusIn(e: FocusEvent): void {
  reach(e.target);
  const layer = layerOf(e.target);
  if (!layer || !(e.target instanceof HTMLButtonElement)) return;
  for (const b of layer.querySelectorAll<HTMLButtonElement>('.mark-target')) b.tabIndex = -1;
  e.target.tabIndex = 0;
  earlyGestures().focus = { chart: layer.dataset.tips ?? '', mark: e.target.dataset.markId ?? '' };
  // A tap focuses the mark it opened: its tooltip stays the tapped one, with its button.
  show(layer, e.target, open?.button === e.target && open.touched);
}

function onFocusOut(e: FocusEvent): void {
  if (!layerOf(e.target)) return;
  earlyGestures().focus = null;
  if (
    open &&
    !open.touched &&
    !(e.relatedTarget instanceof Node && open.layer.contains(e.relatedTarget))
  ) {
    close();
  }
}

function onKeyDown(e: KeyboardEvent): void {
  const layer = layerOf(e.target);
  if (e.key === 'Escape') close();
  if (e.key === 'Enter' || e.key === ' ') lastPointer = 'keyboard';
  if (!layer || !(e.target instanceof HTMLButtonElement)) return;
  const move = MARK_KEYS[e.key];
  if (!move) return;
  e.preventDefault();
  const buttons = buttonsOf(layer);
  const n = buttons.length;
  const next = ((move(buttons.indexOf(e.target), n) % n) + n) % n;
  buttons[next]?.focus();
}

/** Fetches the tooltips of a figure further down as the reader nears it. */
function prefetchNear(): void {
  const layers = document.querySelectorAll<HTMLElement>(`${LAYER}[data-tips-src]`);
  if (layers.length === 0 || typeof IntersectionObserver === 'undefined') return;
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting || !(e.target instanceof HTMLElement)) continue;
        seen.unobserve(e.target);
        void tipsOf(e.target).catch(() => undefined);
      }
    },
    { rootMargin: '600px' },
  );
  for (const layer of layers) seen.observe(layer);
}

export function listenEarly(): void {
  const capture = { capture: true };
  document.addEventListener('pointermove', onPointerMove, capture);
  document.addEventListener('pointerdown', onPointerDown, capture);
  document.addEventListener('pointerover', (e) => reach(e.target), capture);
  document.addEventListener('touchstart', (e) => reach(e.target), { capture: true, passive: true });
  document.addEventListener('click', onClick, capture);
  document.addEventListener('focusin', onFocusIn, capture);
  document.addEventListener('focusout', onFocusOut, capture);
  document.addEventListener('keydown', onKeyDown, capture);
  document.addEventListener('pointerout', (e) => {
    if (e.relatedTarget === null && !open?.touched) close();
  });
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', prefetchNear);
  else prefetchNear();
}

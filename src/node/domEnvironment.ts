import { JSDOM } from 'jsdom';
import type { TextMeasure } from '../export/platform';

let dom: JSDOM | undefined;

function nodeWindow(): JSDOM['window'] {
  nodeDocument();
  if (!dom) throw new Error('no document');
  return dom.window;
}
let measure: TextMeasure = () => 0;

/** `italic 600 16px kzcn-pdf-0` → its parts, as svg2pdf writes a canvas font. */
function parseFont(font: string): { family: string; size: number; bold: boolean } {
  const parts = font.trim().split(/\s+/);
  const sizeAt = parts.findIndex((p) => /^[\d.]+px$/.test(p));
  const weight = parts.slice(0, Math.max(sizeAt, 0)).find((p) => /^(bold|\d{3})$/.test(p));
  return {
    family: parts
      .slice(sizeAt + 1)
      .join(' ')
      .replace(/["']/g, ''),
    size: parseFloat(parts[sizeAt] ?? '16'),
    bold: weight === 'bold' || Number(weight) >= 600,
  };
}

/**
 * A document for the exporters in Node: svg2pdf walks SVG elements and measures text with a
 * canvas or `getBBox`, neither of which jsdom has; both measure with the PDF's own fonts here.
 */
export function nodeDocument(): Document {
  if (dom) return dom.window.document;
  dom = new JSDOM('<!doctype html><html><body></body></html>');
  const { window } = dom;
  const measureFont = (text: string, font: string) => {
    const f = parseFont(font);
    return measure(text, f.family, f.size, f.bold);
  };
  window.HTMLCanvasElement.prototype.getContext = function getContext() {
    return {
      font: '10px sans-serif',
      measureText(text: string) {
        return { width: measureFont(text, this.font) };
      },
    };
  } as unknown as typeof window.HTMLCanvasElement.prototype.getContext;
  Object.assign(window.SVGElement.prototype, {
    getBBox(this: SVGElement) {
      const style = ['font-style', 'font-weight', 'font-size', 'font-family'].map(
        (a) => this.getAttribute(a) ?? '',
      );
      const width = measureFont(this.textContent, style.join(' '));
      return { x: 0, y: 0, width, height: 0 };
    },
  });
  // svg2pdf reaches for the page's document to measure, as it would in a browser.
  Object.assign(globalThis, { document: window.document });
  return window.document;
}

export function setTextMeasure(m: TextMeasure): void {
  measure = m;
}

export function parseSvg(svg: string): Element {
  const parsed = new (nodeWindow().DOMParser)().parseFromString(svg, 'image/svg+xml');
  return parsed.documentElement;
}

export function serializeSvg(root: Element): string {
  return new (nodeWindow().XMLSerializer)().serializeToString(root);
}

import type { TipContent } from './tipContent';

function div(doc: Document, className: string, text: string): HTMLDivElement {
  const el = doc.createElement('div');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * A tooltip's words as elements, written without React for a built page's marks before any of
 * its code has loaded: the same elements TipBody renders (a test holds them alike).
 */
export function tipElements(doc: Document, content: TipContent): HTMLElement[] {
  const out = [
    div(doc, 'tooltip-heading', content.heading),
    div(doc, 'tooltip-value', content.value),
  ];
  if (content.note) out.push(div(doc, 'tooltip-note', content.note));
  if (content.quote) {
    const holder = div(doc, 'tooltip-note', '');
    const q = doc.createElement('q');
    q.lang = 'en';
    q.textContent = content.quote.text;
    holder.append(q);
    if (content.quote.translation) {
      const span = doc.createElement('span');
      span.className = 'quote-translation';
      span.lang = content.quote.lang;
      span.textContent = content.quote.translation;
      holder.append(span);
    }
    out.push(holder);
  }
  out.push(div(doc, 'tooltip-source', content.source));
  return out;
}

import { selectAll } from 'css-select';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** Selectors of the stylesheet's rules that set text bold (weight 600 or more). */
function boldSelectors(css: string): string[] {
  const out: string[] = [];
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    if (!/font-weight:\s*(bold|[6-9]00)\b/.test(body)) continue;
    for (const s of selectors.split(',')) {
      // State (hover, focus) and pseudo-elements aside: text that can ever be bold counts.
      const plain = s.replace(/::?[a-z-]+(\([^)]*\))?/g, '').trim();
      if (plain) out.push(plain);
    }
  }
  return out;
}

/**
 * The text a page sets bold, by its stylesheet and by the figures' own attributes
 * (`font-weight="600"`), so the bold faces can be cut to it: Chinese bold glyphs for every
 * character would double what a Chinese reader downloads.
 */
export function boldText(html: string, css: string): string {
  const doc = parseDocument(html);
  const selectors = [...boldSelectors(css), '[font-weight="600"]', 'b', 'strong', 'h1', 'h2', 'h3'];
  let out = '';
  for (const selector of selectors) {
    let nodes;
    try {
      nodes = selectAll(selector, doc);
    } catch {
      continue;
    }
    for (const node of nodes) out += textContent(node);
  }
  return out;
}

/** An element of a figure's SVG as read back from its text: enough to redraw it elsewhere. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  /** Text directly inside the element (for <text> and <tspan>). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads the SVG the app draws (well-formed, no DTD) into a tree. It is not a general XML
 * parser: it exists so the exporters can take apart the very drawing the page shows.
 */
export function parseSvg(svg: string): SvgNode {
  const root: SvgNode = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack: SvgNode[] = [root];
  for (const m of svg.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] ?? root;
    const [, cdata, closing, tag, attrText, selfClosing, text] = m;
    if (cdata !== undefined) {
      top.text += cdata;
    } else if (tag !== undefined) {
      if (closing) {
        if (stack.length > 1 && top.tag === tag) stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) {
        attrs[a[1] ?? ''] = decodeEntities(a[2] ?? a[3] ?? '');
      }
      const node: SvgNode = { tag, attrs, children: [], text: '' };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    } else if (text !== undefined) {
      top.text += decodeEntities(text);
    }
  }
  const svgNode = root.children.find((c) => c.tag === 'svg');
  if (!svgNode) throw new Error('Not an SVG drawing: no <svg> element');
  return svgNode;
}

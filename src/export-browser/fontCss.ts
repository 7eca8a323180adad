import { distinctCodes, facesFor, formatOf, inUnicodeRange, type Face } from '../export/fonts';
import { fetchBytes } from './fetchBytes';
import { fontCatalogue } from './fontCatalogue';

async function dataUrl(url: string): Promise<string> {
  if (url.startsWith('data:')) return url;
  const bytes = await fetchBytes(url);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/${formatOf(url)};base64,${btoa(binary)}`;
}

const rules = new Map<string, Promise<string>>();

function rule(face: Face): Promise<string> {
  let r = rules.get(face.url);
  if (!r) {
    r = dataUrl(face.url).then(
      (src) =>
        `@font-face{font-family:'${face.family}';font-weight:${String(face.weight)};font-style:${face.italic ? 'italic' : 'normal'};src:url(${src}) format('${formatOf(face.url)}');unicode-range:${face.range}}`,
    );
    rules.set(face.url, r);
  }
  return r;
}

/** One character each embedded face draws, to tell when the face has loaded. */
export interface FontProbe {
  char: string;
  weight: number;
  italic: boolean;
}

/**
 * @font-face rules with the figure font inlined, only for the scripts `svg` uses, and a probe
 * character per face. An SVG drawn as an image cannot reach the page's fonts, so the PNG path
 * embeds them; the SVG file itself names a font stack instead.
 */
export async function embeddedFonts(svg: string): Promise<{ css: string; probes: FontProbe[] }> {
  // Faces of one family and weight are told apart by their unicode-range, so each is declared
  // with its own; only those whose range the text touches are embedded.
  const faces = facesFor(await fontCatalogue(), svg, {
    italic: svg.includes('font-style="italic"'),
  });
  const codes = distinctCodes(svg).filter((c) => c > 0x20 && c !== 0xa0 && c !== 0x3000);
  const probes = faces.flatMap((face) => {
    const code = codes.find((c) => inUnicodeRange([c], face.range));
    return code === undefined
      ? []
      : [{ char: String.fromCodePoint(code), weight: face.weight, italic: Boolean(face.italic) }];
  });
  return { css: (await Promise.all(faces.map(rule))).join(''), probes };
}

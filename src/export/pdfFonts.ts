import type { jsPDF } from 'jspdf';
import { facesFor, inUnicodeRange, type Face } from './fonts';
import type { ExportPlatform } from './platform';
import { sfntFromWoff } from './sfnt';

/** A stretch of text set in one face; `face` is undefined where no face of the figure font has the character. */
export interface Run {
  text: string;
  face: Face | undefined;
}

function covers(face: Face, code: number): boolean {
  return inUnicodeRange([code], face.range);
}

/**
 * Splits `text` into runs that one face each can set, preferring the face of `weight` and
 * falling back to another weight of the same slice. A PDF text operator uses one font, and the
 * figure font comes in slices by script, so "44 млрд $" is three runs.
 */
export function runsByFace(
  text: string,
  faces: readonly Face[],
  weight: number,
  italic = false,
): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (current && (current.face ? covers(current.face, code) : !faceFor(code))) {
      current.text += char;
      continue;
    }
    current = { text: char, face: faceFor(code) };
    runs.push(current);
  }
  return runs;

  function faceFor(code: number): Face | undefined {
    const all = faces.filter((f) => covers(f, code));
    const styled = all.filter((f) => Boolean(f.italic) === italic);
    return styled.find((f) => f.weight === weight) ?? styled[0] ?? all[0];
  }
}

const names = new Map<string, string>();

/** The name a face goes by in a PDF, and in the page while svg2pdf measures its runs. */
export function pdfFontName(face: Face): string {
  let name = names.get(face.woff);
  if (!name) {
    name = `kzcn-pdf-${String(names.size)}`;
    names.set(face.woff, name);
  }
  return name;
}

function inherited(node: Node, attribute: string): string | undefined {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const value = el.getAttribute(attribute);
    if (value) return value;
  }
  return undefined;
}

function weightOf(node: Node): number {
  const weight = inherited(node, 'font-weight') ?? '400';
  return weight === 'bold' ? 700 : Number(weight) || 400;
}

/**
 * svg2pdf ignores paint-order, so a label's halo would be stroked over its letters: the halo
 * becomes a copy of the label, stroked only, drawn first.
 */
export function splitHalos(root: Element): void {
  for (const text of root.querySelectorAll('text[paint-order="stroke"][stroke]')) {
    const halo = text.cloneNode(true) as Element;
    halo.setAttribute('fill', 'none');
    halo.removeAttribute('paint-order');
    halo.setAttribute('aria-hidden', 'true');
    halo.setAttribute('data-halo', 'copy');
    text.setAttribute('data-halo', 'label');
    text.removeAttribute('stroke');
    text.removeAttribute('stroke-width');
    text.removeAttribute('paint-order');
    text.before(halo);
  }
}

// Characters a standard PDF font can show in place of ones the figure font lacks.
const PLAIN: Record<string, string> = { '≈': '~', '−': '-', '\u00a0': ' ' };

/**
 * Rewrites every text of the figure into runs, each in a tspan naming the PDF font of its face,
 * and returns the faces used. A run no face covers falls back to Helvetica.
 */
export function setTextInFaces(root: Element, faces: readonly Face[]): Face[] {
  const used = new Set<Face>();
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if ((parent === 'text' || parent === 'tspan') && node.nodeValue) texts.push(node as Text);
  }
  for (const node of texts) {
    const weight = weightOf(node);
    const italic = inherited(node, 'font-style') === 'italic';
    const fragment = doc.createDocumentFragment();
    for (const run of runsByFace(node.nodeValue ?? '', faces, weight, italic)) {
      const span = doc.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      if (run.face) {
        used.add(run.face);
        span.setAttribute('font-family', pdfFontName(run.face));
        span.setAttribute('font-weight', 'normal');
        span.setAttribute('font-style', 'normal');
        span.textContent = run.text;
      } else {
        span.setAttribute('font-family', 'helvetica');
        span.setAttribute('font-weight', weight >= 600 ? 'bold' : 'normal');
        span.setAttribute('font-style', italic ? 'italic' : 'normal');
        span.textContent = Array.from(run.text, (c) => PLAIN[c] ?? c).join('');
      }
      fragment.append(span);
    }
    node.replaceWith(fragment);
  }
  quietFontLookups(root);
  return [...used];
}

/**
 * Every run now names its own face, but svg2pdf still looks up the font of each element around
 * it; the figure's family list and numeric weights are not jsPDF fonts, and each lookup warned
 * ("Unable to look up font label for font 'helvetica', '600normal'"). Around the runs, plain
 * Helvetica in jsPDF's own style names.
 */
function quietFontLookups(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (
      el.hasAttribute('font-family') &&
      !el.getAttribute('font-family')?.startsWith('kzcn-pdf-')
    ) {
      el.setAttribute('font-family', 'helvetica');
    }
    const weight = el.getAttribute('font-weight');
    if (weight && weight !== 'normal' && weight !== 'bold') {
      el.setAttribute('font-weight', Number(weight) >= 600 ? 'bold' : 'normal');
    }
  }
}

const files = new Map<string, Promise<string>>();

/**
 * Loads a face once: as TrueType in a binary string, the form jsPDF's virtual file system takes,
 * and as a measurable font under its PDF name, because svg2pdf places each run after the
 * previous one by measuring it.
 */
function trueType(face: Face, platform: ExportPlatform): Promise<string> {
  let file = files.get(face.woff);
  if (!file) {
    file = platform.fontBytes(face.woff).then(async (woff) => {
      await platform.registerFont(pdfFontName(face), woff);
      const bytes = sfntFromWoff(woff);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return binary;
    });
    file.catch(() => files.delete(face.woff));
    files.set(face.woff, file);
  }
  return file;
}

/**
 * Prepares the figure's text for jsPDF: loads the faces it needs (only the glyphs used end up
 * in the file) and names them on each run.
 */
export async function embedFigureFonts(
  doc: jsPDF,
  root: Element,
  platform: ExportPlatform,
): Promise<void> {
  splitHalos(root);
  const italic = root.querySelector('[font-style="italic"]') !== null;
  const faces = facesFor(await platform.fontFaces(), root.textContent, { italic, pdf: true });
  const used = setTextInFaces(root, faces);
  // A face is added to a document once, however many pages use it.
  const added = addedFaces.get(doc) ?? new Set<string>();
  addedFaces.set(doc, added);
  const fresh = used.filter((face) => !added.has(pdfFontName(face)));
  const binaries = await Promise.all(fresh.map((face) => trueType(face, platform)));
  fresh.forEach((face, i) => {
    const name = pdfFontName(face);
    added.add(name);
    doc.addFileToVFS(`${name}.ttf`, binaries[i] ?? '');
    doc.addFont(`${name}.ttf`, name, 'normal', 'Identity-H');
  });
}

const addedFaces = new WeakMap<jsPDF, Set<string>>();

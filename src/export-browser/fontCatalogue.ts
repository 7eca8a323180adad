import type { Face } from '../export/fonts';

/** Where the build lists the site's font faces (the single file carries the list inline). */
export const FACES_FILE = 'fonts/faces.json';
export const FACES_ISLAND = 'kzcn-faces';

function isFace(value: unknown): value is Face {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f.family === 'string' &&
    typeof f.url === 'string' &&
    typeof f.woff === 'string' &&
    typeof f.weight === 'number' &&
    typeof f.range === 'string'
  );
}

/** A face's address from the site's root, under the site's base (`/kzcn/`); data and full addresses as they are. */
function atBase(url: string): string {
  return /^(data:|[a-z]+:\/\/|\/)/.test(url) ? url : `${import.meta.env.BASE_URL}${url}`;
}

async function load(): Promise<Face[]> {
  const island = document.getElementById(FACES_ISLAND)?.textContent;
  let data: unknown;
  if (island) {
    data = JSON.parse(island);
  } else {
    const response = await fetch(`${import.meta.env.BASE_URL}${FACES_FILE}`);
    if (!response.ok) throw new Error(`${FACES_FILE}: ${String(response.status)}`);
    data = await response.json();
  }
  const faces = (data as { faces?: unknown }).faces;
  if (!Array.isArray(faces) || !faces.every(isFace))
    throw new Error(`${FACES_FILE}: not a list of faces`);
  return faces.map((f) => ({ ...f, url: atBase(f.url), woff: atBase(f.woff) }));
}

let catalogue: Promise<Face[]> | undefined;

/**
 * The figure font's faces in the browser, as the build wrote them: Noto Sans and Noto Sans SC cut
 * to the characters the site shows, and the full font's slices for characters it has not seen
 * (a data file changed since). The development server lists the full font's slices.
 */
export function fontCatalogue(): Promise<Face[]> {
  if (!catalogue) {
    catalogue = load();
    catalogue.catch(() => (catalogue = undefined));
  }
  return catalogue;
}

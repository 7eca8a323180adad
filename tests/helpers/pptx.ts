import { strFromU8, unzipSync } from 'fflate';

/** A PowerPoint file opened as its parts: any part's text by path, and the slides in order. */
export function openPptx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const paths = (pattern: RegExp) => Object.keys(files).filter((p) => pattern.test(p));
  const slides = paths(/^ppt\/slides\/slide\d+\.xml$/)
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map(text);
  return { files, text, paths, slides };
}

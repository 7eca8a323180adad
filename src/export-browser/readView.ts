import { readTextChunks } from '../export/pngText';

/**
 * The view a file exported from this dashboard records: its URL from the PNG text chunks or the
 * SVG <metadata>. Null for any other file.
 */
export async function viewUrlFromFile(file: File): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (file.type === 'image/png' || file.name.toLowerCase().endsWith('.png')) {
    const chunks = readTextChunks(bytes);
    return chunks.URL ?? null;
  }
  if (file.type === 'image/svg+xml' || file.name.toLowerCase().endsWith('.svg')) {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml');
    const meta = doc.querySelector('metadata')?.textContent;
    if (!meta) return null;
    try {
      const parsed = JSON.parse(meta) as { url?: unknown };
      return typeof parsed.url === 'string' ? parsed.url : null;
    } catch {
      return null;
    }
  }
  return null;
}

import { zipSync } from 'fflate';
import type { ExportedFile } from './platform';

/** Files in one ZIP: PNG, PDF and PowerPoint are compressed already, so only the rest deflate. */
export function zipFiles(files: readonly ExportedFile[]): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(
    files.map((f) => [
      f.name,
      [f.bytes, { level: /\.(png|pdf|pptx)$/.test(f.name) ? 0 : 6 }] as [
        Uint8Array,
        { level: 0 | 6 },
      ],
    ]),
  );
  // A fixed date inside, so the same files make the same ZIP.
  return zipSync(entries, { mtime: new Date('2025-06-16T00:00:00Z') });
}

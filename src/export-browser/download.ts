import type { ExportedFile } from '../export/platform';

/** Saves a file through a temporary link, and lets go of its object URL straight after. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

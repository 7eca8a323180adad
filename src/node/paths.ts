import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project's root, where `data/` and `node_modules/` are. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DATA_DIR = resolve(ROOT, 'data');

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Bytes on disk under a folder, of the files `keep` accepts.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function dirBytes(dir, keep = () => true) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) total += dirBytes(path, keep);
    else if (keep(path)) total += stat.size;
  }
  return total;
}

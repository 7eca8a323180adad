import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Converts files with LibreOffice in one run (`soffice --headless --convert-to`), into `dir`;
 * its own profile there keeps it apart from any office already open.
 */
export function convertWithLibreOffice(dir: string, files: readonly string[], target: string) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      target,
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}

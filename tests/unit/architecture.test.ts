import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';
import { root } from '../helpers/data';

const eslint = new ESLint({ cwd: root });

/** The rules that fire when `code` is linted as if it were the file at `path`. */
async function rulesFiredAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const upward = readFileSync(resolve(root, 'tests/fixtures/boundaries/upwardImport.ts'), 'utf8');

describe('the layers', () => {
  it('refuse an import from a layer above', async () => {
    // The fixture imports the address's state; linted as a schema file, it breaks the rule.
    expect(await rulesFiredAt('src/schema/common.ts', upward)).toContain('boundaries/dependencies');
    // The same import from a page, which sits above the state, is allowed.
    expect(await rulesFiredAt('src/pages/NotFound.tsx', upward)).not.toContain(
      'boundaries/dependencies',
    );
  }, 60_000);

  it('refuse a function of more than 100 lines', async () => {
    const body = Array.from({ length: 101 }, (_, i) => `  total += ${String(i)};`).join('\n');
    const code = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    expect(await rulesFiredAt('src/figure/frame.ts', code)).toContain('max-lines-per-function');
  }, 60_000);

  it('place every folder of src/ in a layer, each written down in ARCHITECTURE.md', () => {
    const folders = readdirSync(resolve(root, 'src')).filter((f) =>
      statSync(resolve(root, 'src', f)).isDirectory(),
    );
    const placed = LAYERS.flatMap((l) => l.folders);
    expect([...folders].sort()).toEqual([...placed, 'styles'].sort());
    const doc = readFileSync(resolve(root, 'ARCHITECTURE.md'), 'utf8');
    for (const folder of placed) expect(doc).toContain(`src/${folder}/`);
  });
});

describe('the import graph', () => {
  const dpdm = (...files: string[]) =>
    spawnSync(
      'npx',
      ['dpdm', '--no-tree', '--no-warning', '--no-progress', '--exit-code', 'circular:1', ...files],
      { cwd: root, encoding: 'utf8' },
    );

  it('finds a cycle where there is one', () => {
    const run = dpdm('tests/fixtures/cycle/ping.ts');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/cycle/ping.ts -> tests/fixtures/cycle/pong.ts');
  }, 60_000);

  it('has none in src/', () => {
    const run = dpdm('src/**/*.ts', 'src/**/*.tsx');
    expect(run.stdout).toContain('no circular dependency');
    expect(run.status).toBe(0);
  }, 60_000);
});

// Export benchmark (not part of npm test): builds, serves the build, and times exports in Chromium.
// Prints a table and writes test-results/bench-export.json.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exportAll, launch, pngExports, serve } from './lib.mjs';

const RUNS = 5;

execSync('npx vite build', { stdio: 'ignore' });
const server = await serve(4190);
try {
  const browser = await launch();
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const results = { png2x: await pngExports(page, server.base, RUNS), exportAll: null };
  results.exportAll = await exportAll(page, server.base);
  await browser.close();

  console.log(
    '2× PNG export, ms: the first (loads the exporter and fonts), then the median of %d more, in the page and from click to saved file',
    RUNS,
  );
  console.log(
    `  ${'chart'.padEnd(12)} ${'first'.padStart(6)} ${'page'.padStart(6)} ${'click'.padStart(6)}`,
  );
  for (const [id, t] of Object.entries(results.png2x)) {
    console.log(
      `  ${id.padEnd(12)} ${String(t.first).padStart(6)} ${String(t.inPage).padStart(6)} ${String(t.clickToFile).padStart(6)}`,
    );
  }
  console.log(`Export all, PNG + SVG of every chart: ${results.exportAll} ms`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-export.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  server.stop();
}

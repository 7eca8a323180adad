// Runs a command of src/node/ in Node through Vite's module runner, which resolves the app's
// code (TypeScript, JSON, font addresses, globs) the way the build does: `node src/build/run.mjs export …`.
import { createServer } from 'vite';

const [command = '', ...args] = process.argv.slice(2);
const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let status = 1;
try {
  const { commands } = await server.ssrLoadModule('/src/node/commands.ts');
  const run = commands[command];
  if (run) status = await run(args);
  else process.stderr.write(`run: no command "${command}": ${Object.keys(commands).join(', ')}\n`);
} finally {
  await server.close();
}
process.exit(status);

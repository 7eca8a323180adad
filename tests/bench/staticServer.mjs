// A plain static server over dist/, as a host serves a static site: a folder's index.html for its
// address, gzip (the build's own .gz beside a file, else made on the fly), the site's policy as a
// header. The benchmark measures pages through it rather than through Vite's preview server,
// which compresses nothing.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

function policyOf(html) {
  return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
}

/** Resolves an address to a file of the site, or null. */
function fileFor(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

/** Serves `root` on 127.0.0.1:`port` until `stop()`. */
export async function serveStatic(root, port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(root, url.pathname) ?? join(root, 'index.html');
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    headers['Cache-Control'] = /\/assets\//.test(file) ? 'public, max-age=31536000' : 'no-cache';
    if (ext === '.html') {
      const policy = policyOf(readFileSync(file, 'utf8'));
      if (policy) headers['Content-Security-Policy'] = policy;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && TEXT.has(ext)) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
      const body = existsSync(`${file}.gz`)
        ? readFileSync(`${file}.gz`)
        : gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${String(port)}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

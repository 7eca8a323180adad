import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  body: string;
  /** The host's own Content-Security-Policy, if it sends one. */
  csp?: string;
}

/**
 * Someone else's site (another origin) that embeds ours: a real server on this machine, since
 * Chromium keeps pages it cannot place on the network from reaching loopback addresses.
 */
export async function startHostServer() {
  const pages = new Map<string, HostPage>();
  const server = createServer((req, res) => {
    const page = pages.get((req.url ?? '').split('?')[0] ?? '');
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
    });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${page.body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    set(path: string, page: HostPage) {
      pages.set(path, page);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

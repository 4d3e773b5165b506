import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running static server; `root` can be swapped to serve another build at the same address. */
export interface StaticServer {
  url: string;
  setRoot(dir: string): void;
  close(): Promise<void>;
}

/**
 * A minimal static host, as a CDN would be: files from a build folder, the
 * app's page for unknown paths, and no caching headers that hide an update.
 */
export async function startServer(dir: string): Promise<StaticServer> {
  let root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No build in ${root}: run "npm run build" first.`);
  }
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/'));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    setRoot: (next) => {
      root = resolve(next);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

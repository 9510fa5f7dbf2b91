// A small static server for benches: serves folders over loopback and counts
// the bytes of every response so a bench can tell what a page fetched. (The
// pages carry their Content-Security-Policy in a meta tag.)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  /** Bytes served per path since the last reset. */
  served: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix → folder; "/" for the site) on a free loopback port. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const served = new Map<string, number>();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate))!;
    let file = path.join(mounts[prefix], pathname.slice(prefix.length));
    if (!file.startsWith(mounts[prefix])) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const { size } = await stat(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'content-length': size });
      served.set(pathname, (served.get(pathname) ?? 0) + size);
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

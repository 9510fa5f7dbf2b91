// Serves folders over loopback for the benches, with sirv (the static
// server Vite's preview uses): it refuses paths outside a folder, answers
// malformed URLs without crashing and sets the MIME types. A folder with a
// `_headers` file (our dist/) is served as a host that reads it serves it,
// with those headers (Pagefind's files gzip-encoded among them); a folder
// without one (bare Pagefind's) as files alone. What a page fetched is
// counted in the browser (see transfers.ts), not here.
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { readHostHeaders } from '../../tests/helpers/host-headers.ts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix ending in "/" → folder; "/" for the site) on a free loopback port. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, folder]) => {
      const headersFile = path.join(folder, '_headers');
      const headersFor = existsSync(headersFile) ? readHostHeaders(headersFile) : undefined;
      const setHeaders = headersFor && ((response: ServerResponse, pathname: string) => {
        for (const [name, value] of headersFor(pathname)) response.setHeader(name, value);
      });
      return { prefix, serve: sirv(folder, { dev: true, etag: false, setHeaders }) };
    });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const mount = handlers.find(({ prefix }) => url.startsWith(prefix));
    if (!mount) return void response.writeHead(404).end();
    request.url = url.slice(mount.prefix.length - 1);
    mount.serve(request, response, () => void response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Serves folders over loopback for the benches, with sirv (the static
// server Vite's preview uses): it refuses paths outside a folder, answers
// malformed URLs without crashing and sets the MIME types. What a page
// fetched is counted in the browser (see transfers.ts), not here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix ending in "/" → folder; "/" for the site) on a free loopback port. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, folder]) => ({ prefix, serve: sirv(folder, { dev: true, etag: false }) }));
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

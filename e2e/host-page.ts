import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Another site's article, for the embed journeys: a tiny HTTP server on a port of
 * its own (any free one), serving the pages a test puts on it. Its address is
 * `localhost`, the app's is 127.0.0.1: another origin and another site, as a
 * newspaper's would be. Started by the tests themselves, so it runs wherever they do.
 */
export type HostSite = {
  /** Serves `body` inside a plain article page at `path`, and returns its address. */
  publish: (path: string, body: string) => string;
  close: () => Promise<void>;
};

export function articlePage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newspaper article</title></head><body><h1>An article about trade</h1><p>Figures from elsewhere:</p>${body}<p>More of the article.</p></body></html>`;
}

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    publish(path, body) {
      pages.set(path, articlePage(body));
      return `http://localhost:${port}${path}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

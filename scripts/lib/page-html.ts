// How much HTML a route sends, uncompressed, and how many elements it holds: what the
// browser parses and lays out before anything runs.
export interface PageHtml {
  route: string;
  bytes: number;
  elements: number;
}

export async function measureHtml(origin: string, routes: readonly string[]): Promise<PageHtml[]> {
  return Promise.all(
    routes.map(async (route) => {
      const response = await fetch(origin + route);
      if (!response.ok) throw new Error(`${route} answered ${response.status}`);
      const html = await response.text();
      return { route, bytes: Buffer.byteLength(html), elements: html.match(/<[a-zA-Z]/g)?.length ?? 0 };
    }),
  );
}

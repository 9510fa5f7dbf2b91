// What every data endpoint of this folder answers with (the leading underscore keeps this file from being a route).
export function site(url: URL | undefined): URL {
  if (!url) throw new Error('astro.config.mjs must set `site`: data files carry absolute permalinks');
  return url;
}

export function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

// Browser only: reading the site's own files (data, related paragraphs,
// source notes, search hit texts, citation files) in one way: a status that
// is not 2xx is an error naming the file, and a file read once is kept for
// the page, unless reading it failed.

/** A file of the site that did not come: its path and HTTP status. */
export class SiteFileError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path}: HTTP ${status}`);
  }
}

/** The response for a file of the site; rejects with a SiteFileError unless its status is 2xx. */
export async function fetchSiteFile(path: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new SiteFileError(path, response.status);
  return response;
}

/** `read`, called once per key: later calls share its promise; a rejected one is forgotten, so the next call tries again. */
export function readOnce<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key) => {
    let value = kept.get(key);
    if (!value) {
      value = read(key);
      value.catch(() => kept.delete(key));
      kept.set(key, value);
    }
    return value;
  };
}

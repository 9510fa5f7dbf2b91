import { fetchSiteFile, SiteFileError } from '../site-file.ts';
import { documentDataPath } from '../urls.ts';

/**
 * The part of /data/{slug}.json (src/pages/data/[slug].json.ts) that the
 * compare view reads. The file carries more, for data users; only these
 * fields are relied on here.
 */
export interface DocumentFile {
  slug: string;
  title: string;
  date: string;
  paragraphs: { n: number; text: string }[];
}

/** Fetches a document's data file; null when there is no such document. */
export async function fetchDocumentFile(slug: string): Promise<DocumentFile | null> {
  const response = await fetchSiteFile(documentDataPath(slug)).catch((error: unknown) => {
    if (error instanceof SiteFileError && error.status === 404) return null;
    throw error;
  });
  return response && ((await response.json()) as DocumentFile);
}

// The documents with their paragraph records, for the per-document endpoints
// of this folder (the leading underscore keeps this file from being a route).
import { getCollection } from 'astro:content';
import type { DocumentData } from '../../content/document-schema.ts';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';

export interface DocumentProps {
  document: DocumentData;
  records: ParagraphRecord[];
}
type DocumentPath = { params: { slug: string }; props: DocumentProps };

// Six routes ask for the same 80,000 records at 1,000 documents: a build reads
// them once. The dev server reads them afresh, so that edits show.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (loaded ??= load()) : load());
}

/** Every paragraph record, in document order and paragraph order. */
export const allParagraphRecords = once(async (): Promise<ParagraphRecord[]> =>
  (await getCollection('paragraphs')).map(({ data }) => data).sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.n - b.n)),
);

const documentsWithRecords = once(async (): Promise<DocumentProps[]> => {
  const bySlug = Map.groupBy(await allParagraphRecords(), ({ document }) => document);
  return (await getCollection('documents')).map(({ data }) => ({ document: data, records: bySlug.get(data.slug) ?? [] }));
});

/** The static paths of a per-document route: new objects for every route, since Astro keeps its own state on them. */
export async function documentPaths(): Promise<DocumentPath[]> {
  return (await documentsWithRecords()).map((props) => ({ params: { slug: props.document.slug }, props }));
}

export function site(url: URL | undefined): URL {
  if (!url) throw new Error('astro.config.mjs must set `site`: data files carry absolute permalinks');
  return url;
}

export function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

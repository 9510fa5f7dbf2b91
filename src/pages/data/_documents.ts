// The documents with their paragraph records, for the per-document endpoints
// of this folder (the leading underscore keeps this file from being a route).
import { getCollection } from 'astro:content';
import type { DocumentData } from '../../content/document-schema.ts';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';

export interface DocumentProps {
  document: DocumentData;
  records: ParagraphRecord[];
}

export async function documentPaths(): Promise<{ params: { slug: string }; props: DocumentProps }[]> {
  const bySlug = Map.groupBy(await allParagraphRecords(), ({ document }) => document);
  return (await getCollection('documents')).map(({ data }) => ({
    params: { slug: data.slug },
    props: { document: data, records: bySlug.get(data.slug) ?? [] },
  }));
}

/** Every paragraph record, in document order and paragraph order. */
export async function allParagraphRecords(): Promise<ParagraphRecord[]> {
  return (await getCollection('paragraphs')).map(({ data }) => data).sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.n - b.n));
}

export function site(url: URL | undefined): URL {
  if (!url) throw new Error('astro.config.mjs must set `site`: data files carry absolute permalinks');
  return url;
}

export function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

// /data/related/{slug}.json: for each paragraph of a document, its related
// paragraphs in other documents (src/lib/compare/related.ts), computed once
// for the whole corpus. A document page fetches it when a reader asks.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { relatedFiles, type RelatedFile } from '../../../lib/compare/related.ts';
import { isoDate } from '../../../lib/date.ts';

export const getStaticPaths = (async () => {
  const documents = (await getCollection('documents')).map(({ data }) => ({ slug: data.slug, title: data.title, date: isoDate(data.date) }));
  const paragraphs = (await getCollection('paragraphs')).map(({ data }) => data);
  paragraphs.sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.n - y.n));
  return relatedFiles(documents, paragraphs).map((file) => ({ params: { slug: file.slug }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { file: RelatedFile }).file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

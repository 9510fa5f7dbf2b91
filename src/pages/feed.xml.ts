// /feed.xml: the Atom feed of documents (src/lib/feed/atom.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed/atom.ts';
import { canonicalUrl } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const documents = (await getCollection('documents')).map(({ data }) => data);
  return new Response(atomFeed(documents, new URL(canonicalUrl('/', site))), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

// /feed.xml: the Atom feed of documents (src/lib/feed/atom.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed/atom.ts';
import { configuredSite, textResponse } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const documents = (await getCollection('documents')).map(({ data }) => data);
  return textResponse(atomFeed(documents, configuredSite(site)), 'application/atom+xml');
};

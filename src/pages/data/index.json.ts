// /data/index.json: every document with the addresses of its files.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { corpusIndex } from '../../lib/data/document-data.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site: url }) => {
  const documents = (await getCollection('documents')).map(({ data }) => data);
  return textResponse(JSON.stringify(corpusIndex(documents, configuredSite(url))), 'application/json');
};

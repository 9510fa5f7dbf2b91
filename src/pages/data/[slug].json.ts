// /data/{slug}.json: one document as data — metadata, provenance, headings,
// paragraphs with number, permalink and text, closing block. Small and
// cacheable: the compare view fetches two of them.
import type { APIRoute } from 'astro';
import { documentData } from '../../lib/data/document-data.ts';
import { documentPaths, formulationsOf, type DocumentProps } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = async ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return textResponse(JSON.stringify(documentData(document, records, await formulationsOf(document.slug), configuredSite(url))), 'application/json');
};

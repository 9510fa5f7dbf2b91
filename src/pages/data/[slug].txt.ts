// /data/{slug}.txt: the document as plain text, its paragraphs numbered.
import type { APIRoute } from 'astro';
import { documentData, documentText } from '../../lib/data/document-data.ts';
import { documentPaths, formulationsOf, type DocumentProps } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = async ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return textResponse(documentText(documentData(document, records, await formulationsOf(document.slug), configuredSite(url))), 'text/plain');
};

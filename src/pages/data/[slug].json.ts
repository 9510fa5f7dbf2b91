// /data/{slug}.json: one document as data — metadata, provenance, headings,
// paragraphs with number, permalink and text, closing block. Small and
// cacheable: the compare view fetches two of them.
import type { APIRoute } from 'astro';
import { documentData } from '../../lib/data/document-data.ts';
import { documentPaths, type DocumentProps } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return textResponse(JSON.stringify(documentData(document, records, configuredSite(url))), 'application/json');
};

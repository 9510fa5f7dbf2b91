// /data/{slug}.json: one document as data — metadata, provenance, headings,
// paragraphs with number, permalink and text, closing block. Small and
// cacheable: the compare view fetches two of them.
import type { APIRoute } from 'astro';
import { documentData } from '../../lib/data/document-data.ts';
import { documentPaths, type DocumentProps } from '../../content/collections.ts';
import { respond, site } from './_respond.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return respond(JSON.stringify(documentData(document, records, site(url))), 'application/json');
};

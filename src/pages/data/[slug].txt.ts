// /data/{slug}.txt: the document as plain text, its paragraphs numbered.
import type { APIRoute } from 'astro';
import { documentData, documentText } from '../../lib/data/document-data.ts';
import { documentPaths, respond, site, type DocumentProps } from './_documents.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return respond(documentText(documentData(document, records, site(url))), 'text/plain');
};

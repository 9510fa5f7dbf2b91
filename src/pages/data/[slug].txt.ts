// /data/{slug}.txt: the document as plain text, its paragraphs numbered.
import type { APIRoute } from 'astro';
import { documentData, documentText } from '../../lib/data/document-data.ts';
import { documentPaths, type DocumentProps } from '../../content/collections.ts';
import { respond, site } from './_respond.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { document, records } = props as DocumentProps;
  return respond(documentText(documentData(document, records, site(url))), 'text/plain');
};

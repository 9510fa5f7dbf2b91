// /data/related/{slug}.json: for each paragraph of a document, its related
// paragraphs in other documents (src/lib/compare/related.ts), computed once
// for the whole corpus. A document page fetches it when a reader asks.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { relatedFiles, type RelatedFile } from '../../../lib/compare/related.ts';
import { isoDate } from '../../../lib/date.ts';
import { dataSchemaPath } from '../../../lib/urls.ts';
import { allParagraphRecords } from '../../../content/collections.ts';
import { configuredSite, textResponse } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const documents = (await getCollection('documents')).map(({ data }) => ({ slug: data.slug, title: data.title, date: isoDate(data.date) }));
  return relatedFiles(documents, await allParagraphRecords()).map((file) => ({ params: { slug: file.slug }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { file } = props as { file: RelatedFile };
  return textResponse(JSON.stringify({ $schema: new URL(dataSchemaPath('related'), configuredSite(url)).href, ...file }), 'application/json');
};

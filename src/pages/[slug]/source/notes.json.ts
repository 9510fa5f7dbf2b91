import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { textResponse } from '../../../lib/site.ts';

/**
 * /{slug}/source/notes.json: where each paragraph came from and what
 * normalization did to it, without the source text. The reading page
 * fetches it only when a reader opens a paragraph's source controls.
 */
export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.map(({ data }) => ({ params: { slug: data.slug }, props: { paragraphs: data.paragraphs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => textResponse(JSON.stringify({ paragraphs: props.paragraphs }), 'application/json');

// /data/{slug}.json: one document as data — its metadata and its paragraphs
// with number, permalink and text. Small and cacheable: the compare view
// fetches two of them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isoDate } from '../../lib/date.ts';
import { paragraphPath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const paragraphs = await getCollection('paragraphs');
  const bySlug = Map.groupBy(paragraphs, ({ data }) => data.document);
  return (await getCollection('documents')).map(({ data }) => ({
    params: { slug: data.slug },
    props: { document: data, paragraphs: (bySlug.get(data.slug) ?? []).map(({ data }) => data).sort((a, b) => a.n - b.n) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { document, paragraphs } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const body = {
    slug: document.slug,
    title: document.title,
    kind: document.kind,
    council: document.council,
    date: isoDate(document.date),
    place: document.place,
    paragraphs: paragraphs.map(({ n, text, section }) => ({ n, permalink: new URL(paragraphPath(document.slug, n), site).href, text, ...(section ? { section } : {}) })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

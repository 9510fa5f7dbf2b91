// /data/{slug}.csv: one row per paragraph (see src/lib/data/formats.ts).
import type { APIRoute } from 'astro';
import { paragraphRows } from '../../lib/data/document-data.ts';
import { paragraphsCsv } from '../../lib/data/formats.ts';
import { documentPaths, type DocumentProps } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const getStaticPaths = documentPaths;

export const GET: APIRoute = ({ props, site: url }) => {
  const { records } = props as DocumentProps;
  return textResponse(paragraphsCsv(paragraphRows(records, configuredSite(url))), 'text/csv');
};

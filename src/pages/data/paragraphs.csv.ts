// /data/paragraphs.csv: every paragraph of the corpus, one row each.
import type { APIRoute } from 'astro';
import { paragraphRows } from '../../lib/data/document-data.ts';
import { paragraphsCsv } from '../../lib/data/formats.ts';
import { allParagraphRecords } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site: url }) => textResponse(paragraphsCsv(paragraphRows(await allParagraphRecords(), configuredSite(url))), 'text/csv');

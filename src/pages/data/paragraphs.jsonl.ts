// /data/paragraphs.jsonl: every paragraph of the corpus, one JSON object a line.
import type { APIRoute } from 'astro';
import { paragraphRows } from '../../lib/data/document-data.ts';
import { paragraphsJsonl } from '../../lib/data/formats.ts';
import { allParagraphRecords } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site: url }) => textResponse(paragraphsJsonl(paragraphRows(await allParagraphRecords(), configuredSite(url))), 'application/jsonl');

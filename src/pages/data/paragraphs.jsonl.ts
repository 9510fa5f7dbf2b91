// /data/paragraphs.jsonl: every paragraph of the corpus, one JSON object a line.
import type { APIRoute } from 'astro';
import { paragraphRows } from '../../lib/data/document-data.ts';
import { paragraphsJsonl } from '../../lib/data/formats.ts';
import { allParagraphRecords } from '../../content/collections.ts';
import { respond, site } from './_respond.ts';

export const GET: APIRoute = async ({ site: url }) => respond(paragraphsJsonl(paragraphRows(await allParagraphRecords(), site(url))), 'application/jsonl');

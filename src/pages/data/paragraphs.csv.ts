// /data/paragraphs.csv: every paragraph of the corpus, one row each.
import type { APIRoute } from 'astro';
import { paragraphRows } from '../../lib/data/document-data.ts';
import { paragraphsCsv } from '../../lib/data/formats.ts';
import { allParagraphRecords } from '../../content/collections.ts';
import { respond, site } from './_respond.ts';

export const GET: APIRoute = async ({ site: url }) => respond(paragraphsCsv(paragraphRows(await allParagraphRecords(), site(url))), 'text/csv');

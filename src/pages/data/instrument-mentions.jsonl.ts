// /data/instrument-mentions.jsonl: every title in 《…》 of the corpus, one JSON object a line (src/lib/instruments/).
import type { APIRoute } from 'astro';
import { allParagraphRecords } from '../../content/collections.ts';
import { jsonl } from '../../lib/data/formats.ts';
import { mentionRows } from '../../lib/instruments/mentions.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site: url }) => textResponse(jsonl(mentionRows(await allParagraphRecords(), configuredSite(url))), 'application/jsonl');

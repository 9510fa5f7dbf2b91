// /data/instrument-mentions.csv: every title in 《…》 of the corpus, one row per mention (src/lib/instruments/).
import type { APIRoute } from 'astro';
import { allParagraphRecords } from '../../content/collections.ts';
import { csv, MENTION_COLUMNS } from '../../lib/data/formats.ts';
import { mentionRows } from '../../lib/instruments/mentions.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site: url }) => textResponse(csv(mentionRows(await allParagraphRecords(), configuredSite(url)), MENTION_COLUMNS), 'text/csv');

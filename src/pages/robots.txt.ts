// /robots.txt: everything may be crawled; the sitemap says what there is.
import type { APIRoute } from 'astro';
import { canonicalUrl, textResponse } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) => textResponse(`User-agent: *\nAllow: /\n\nSitemap: ${canonicalUrl('/sitemap-index.xml', site)}\n`, 'text/plain');

// /robots.txt: everything may be crawled; the sitemap says what there is.
import type { APIRoute } from 'astro';
import { canonicalUrl } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${canonicalUrl('/sitemap-index.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

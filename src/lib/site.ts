export const SITE_NAME = '上合文献库';

/**
 * The language of every text the library publishes, as one BCP 47 tag: the
 * page's `lang`, its citation_language, the CSL-JSON and RIS files and the
 * JSON data all say zh-CN (simplified Chinese as published in China), so a
 * reference manager gets the same value whichever it reads. BibTeX keeps the
 * language name its styles test for (`chinese`).
 */
export const LANGUAGE = 'zh-CN';

/** The configured site (astro.config.mjs `site`): every absolute address is built on it. */
export function configuredSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: canonical URLs, citations and data files need it');
  return site;
}

/** A page's absolute address on the configured site, whatever host served the build. */
export function canonicalUrl(pathname: string, site: URL | undefined): string {
  return new URL(pathname, configuredSite(site)).href;
}

/** What a static endpoint (data files, feed, robots.txt) answers: its text, as UTF-8 of the given type. */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

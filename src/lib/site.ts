export const SITE_NAME = '上合文献库';

/** A page's absolute address on the configured site, whatever host served the build. */
export function canonicalUrl(pathname: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site`: canonical URLs and citations need it');
  return new URL(pathname, site).href;
}

import { GZIP_ENCODED_PATHS, IMMUTABLE, IMMUTABLE_PATHS, REVALIDATE, SECURITY_HEADERS } from './security.ts';

/**
 * The `_headers` file of Cloudflare Pages (Netlify reads the same rules):
 * every path gets the security headers and revalidation; hashed paths
 * detach that Cache-Control (`! Cache-Control`) and are cached for a year;
 * Pagefind's gzip files are declared gzip-encoded (GZIP_ENCODED_PATHS).
 * Written by hand: a few lines of this product's own policy, in a format
 * no maintained library writes.
 */
export function headersFile(): string {
  const rule = (pattern: string, lines: string[]) => [pattern, ...lines.map((line) => `  ${line}`)].join('\n');
  const everyPath = rule('/*', [...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`), `Cache-Control: ${REVALIDATE}`]);
  const hashed = IMMUTABLE_PATHS.map((pattern) => rule(pattern, ['! Cache-Control', `Cache-Control: ${IMMUTABLE}`]));
  const encoded = GZIP_ENCODED_PATHS.map((pattern) => rule(pattern, ['Content-Encoding: gzip']));
  return `${[everyPath, ...hashed, ...encoded].join('\n\n')}\n`;
}

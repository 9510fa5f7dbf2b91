// Writes dist/_headers (security headers and cache rules for static hosts)
// from the site's one policy, src/lib/security.ts.
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/headers-file.ts';

export default function deploymentHeaders(): AstroIntegration {
  return {
    name: 'sco:deployment-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}

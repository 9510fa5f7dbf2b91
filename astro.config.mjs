import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import deploymentHeaders from './src/integrations/headers.ts';
import headInjectWarning from './src/integrations/head-inject-warning.ts';
import plainDynamicImports from './src/integrations/plain-dynamic-imports.ts';
import modulePreloads from './src/integrations/module-preloads.ts';
import scriptChunks from './src/integrations/script-chunks.ts';
import { SEARCH_PATH } from './src/lib/urls.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: { processor: markdownProcessor },
  // The search index is built after Astro, by scripts/lib/build-site.ts.
  integrations: [mdx({ optimize: true }), headInjectWarning(), sitemap(), deploymentHeaders(), plainDynamicImports(), scriptChunks(), modulePreloads([SEARCH_PATH])],
  // Small scripts would otherwise be inlined into the HTML, and the
  // Content-Security-Policy (script-src 'self') forbids inline scripts.
  // The simplified→traditional dictionary (opencc-js, about 1.1 MB) is one
  // chunk by design, loaded only when a reader chooses 繁體.
  vite: { build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 } },
  // Styles go into each page (the CSP allows inline styles): one request
  // instead of three for a page that is read once, cold.
  build: { inlineStylesheets: 'always' },
});

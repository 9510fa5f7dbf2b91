import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.mjs';
import paragraphSearch from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  markdown: { processor: markdownProcessor },
  integrations: [mdx(), paragraphSearch()],
});

import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeInstrumentLinks } from './rehype-instrument-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';

/**
 * The Markdown processor of the site. remark plugins run only on the
 * JavaScript unified pipeline, not on Astro's default Rust one (Sätteri).
 * SmartyPants stays off: it would rewrite the documents' quotes and dashes.
 */
export const markdownProcessor = unified({
  remarkPlugins: [remarkCjkFriendly],
  rehypePlugins: [rehypeInstrumentLinks, rehypeParagraphAnchors],
  smartypants: false,
  gfm: false,
});

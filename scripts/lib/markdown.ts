import { toMarkdown } from 'mdast-util-to-markdown';
import type { RootContent } from 'mdast';
import { stringify as toYaml } from 'yaml';
import type { NormalizedDocument } from './document.ts';

/**
 * The document body as Markdown: section headings and paragraphs, nothing
 * else, in reading order (the site numbers the paragraphs in that order; see
 * src/markdown/rehype-paragraph-anchors.ts). The tree is built as mdast and
 * serialized by mdast-util-to-markdown, so every character that Markdown
 * would read as syntax (< & * _ # ` [ …) is escaped by the library that
 * defines the syntax, never by a hand-written list.
 */
export function toMarkdownDocument(document: NormalizedDocument): string {
  const children: RootContent[] = [];
  const headingsBefore = new Map(document.headings.map((heading) => [heading.before, heading]));
  for (const paragraph of document.paragraphs) {
    const heading = headingsBefore.get(paragraph.n);
    if (heading) children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: heading.text }] });
    children.push({ type: 'paragraph', children: [{ type: 'text', value: paragraph.text }] });
  }
  return `---\n${toYaml(frontmatter(document), { lineWidth: 0 })}---\n\n${toMarkdown({ type: 'root', children })}`;
}

/** Everything about the document except its paragraphs, which live in the paragraph records. */
function frontmatter(document: NormalizedDocument) {
  // The source lines go to their own file (see source-file.ts), not into every page's frontmatter.
  const { metadata, paragraphs, source, ...rest } = document;
  return { ...metadata, ...rest, paragraphCount: paragraphs.length };
}

import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { RootContent } from 'mdast';
import { stringify as toYaml } from 'yaml';
import type { NormalizedDocument } from './document.ts';

/**
 * The document body as MDX. The tree is built as mdast and serialized by
 * mdast-util-to-markdown with the MDX extension, so every character that
 * Markdown or MDX would read as syntax ({ } < > * _ # ` …) is escaped by
 * the library that defines the syntax, never by a hand-written list.
 */
export function toMdx(document: NormalizedDocument): string {
  const children: RootContent[] = [];
  const headingsBefore = new Map(document.headings.map((heading) => [heading.before, heading]));
  for (const paragraph of document.paragraphs) {
    const heading = headingsBefore.get(paragraph.n);
    if (heading) children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: heading.text }] });
    children.push({
      type: 'mdxJsxFlowElement',
      name: 'Paragraph',
      attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: String(paragraph.n) }],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: paragraph.text }] }],
    });
  }
  const body = toMarkdown({ type: 'root', children }, { extensions: [mdxToMarkdown()] });
  return `---\n${toYaml(frontmatter(document), { lineWidth: 0 })}---\n\n${body}`;
}

/** Everything about the document except its paragraphs, which live in the paragraph records. */
export function frontmatter(document: NormalizedDocument) {
  const { metadata, paragraphs, ...rest } = document;
  return { ...metadata, ...rest, paragraphCount: paragraphs.length };
}

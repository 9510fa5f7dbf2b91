import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { RootContent } from 'mdast';
import { stringify as toYaml } from 'yaml';
import type { NormalizedDocument } from './document.ts';

// MDX reads a paragraph that starts with `import` or `export` as ESM; the MDX
// extension of mdast-util-to-markdown does not escape that, so we declare it
// unsafe and the library encodes the first letter as a character reference.
const ESM_AT_LINE_START = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/**
 * The document body as MDX: section headings and paragraphs, nothing else,
 * in reading order (the site numbers the paragraphs in that order; see
 * src/markdown/rehype-paragraph-anchors.ts). The tree is built as mdast and serialized by
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
    children.push({ type: 'paragraph', children: [{ type: 'text', value: paragraph.text }] });
  }
  const body = toMarkdown({ type: 'root', children }, { extensions: [mdxToMarkdown()], unsafe: ESM_AT_LINE_START });
  return `---\n${toYaml(frontmatter(document), { lineWidth: 0 })}---\n\n${body}`;
}

/** Everything about the document except its paragraphs, which live in the paragraph records. */
export function frontmatter(document: NormalizedDocument) {
  // The source lines go to their own file (see source-map.ts), not into every page's frontmatter.
  const { metadata, paragraphs, source, ...rest } = document;
  return { ...metadata, ...rest, paragraphCount: paragraphs.length };
}

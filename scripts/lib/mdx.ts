import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { RootContent } from 'mdast';
import { stringify as toYaml } from 'yaml';
import type { NormalizedDocument } from './document.ts';

/**
 * MDX reads a paragraph that starts with `import` or `export` as ESM (an
 * import or export statement), but the MDX extension of
 * mdast-util-to-markdown does not escape that case. Declared unsafe here, the
 * library encodes the first letter as a character reference (`&#x69;mport`),
 * which MDX and CommonMark both read back as the letter.
 */
const ESM_AT_LINE_START: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/**
 * The document as an MDX entry of the `documents` collection: metadata as
 * frontmatter, then section headings and paragraphs, nothing else, in reading
 * order (the site numbers the paragraphs in that order; see
 * src/markdown/rehype-paragraph-anchors.ts). The tree is built as mdast and
 * serialized by mdast-util-to-markdown with the MDX extension, so every
 * character that Markdown or MDX would read as syntax ({ } < & * _ # ` [ …)
 * is escaped by the library that defines the syntax, never by a
 * hand-written list. The escapes are CommonMark too: the same file read as
 * Markdown gives the same text (the bench builds both ways).
 */
export function toMdxDocument(document: NormalizedDocument): string {
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
function frontmatter(document: NormalizedDocument) {
  // The source lines go to their own file (see source-file.ts), not into every page's frontmatter.
  const { metadata, paragraphs, source, ...rest } = document;
  return { ...metadata, ...rest, paragraphCount: paragraphs.length };
}

import type { NormalizedDocument } from './document.ts';

/**
 * A paragraph as a record of its own: the unit that search indexes, that a
 * permalink names and that cross-summit comparison will align. Its id is
 * "{slug}/p{n}", the same pair as the page anchor /{slug}/#p{n}.
 */
export interface ParagraphRecord {
  id: string;
  document: string;
  n: number;
  text: string;
  /** The section heading the paragraph stands under, if the document has sections. */
  section?: string;
}

export function paragraphRecords(document: NormalizedDocument): ParagraphRecord[] {
  const sections = [...document.headings].reverse();
  return document.paragraphs.map(({ n, text }) => ({
    id: `${document.metadata.slug}/p${n}`,
    document: document.metadata.slug,
    n,
    text,
    section: sections.find((heading) => heading.before <= n)?.text,
  }));
}

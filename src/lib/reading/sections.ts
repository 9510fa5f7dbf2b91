import type { ParagraphRange } from '../anchor.ts';

export interface Section {
  text: string;
  range: ParagraphRange;
}

/**
 * Turns the frontmatter's headings (each knowing the first paragraph under it)
 * into the run of paragraphs each section holds; a section ends where the next
 * begins, the last one at the end of the document.
 */
export function sections(headings: readonly { text: string; before: number }[], paragraphCount: number): Section[] {
  const ordered = [...headings].sort((a, b) => a.before - b.before);
  return ordered.map((heading, i) => ({
    text: heading.text,
    range: { from: heading.before, to: (ordered[i + 1]?.before ?? paragraphCount + 1) - 1 },
  }));
}

/** The opening words of a paragraph, for a table of contents. */
export function incipit(text: string, length = 16): string {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}…`;
}

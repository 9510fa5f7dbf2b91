import { paragraphRecordId, type ParagraphRecord } from '../../src/content/paragraph-record.ts';
import type { NormalizedDocument } from './document.ts';

/** The paragraph records of a normalized document (see src/content/paragraph-record.ts). */
export function paragraphRecords(document: NormalizedDocument): ParagraphRecord[] {
  const sections = [...document.headings].reverse();
  return document.paragraphs.map(({ n, text }) => ({
    id: paragraphRecordId(document.metadata.slug, n),
    document: document.metadata.slug,
    n,
    text,
    section: sections.find((heading) => heading.before <= n)?.text,
  }));
}

import { createHash } from 'node:crypto';
import type { ParagraphRecord } from '../../src/content/paragraph-record.ts';
import { paragraphPath } from '../../src/lib/urls.ts';

/**
 * The published anchors as a stable list, one line each: `/{slug}/#p{n} {hash}`,
 * the hash being the first 12 hex digits of the SHA-256 of the paragraph text.
 * Committed, so that any change to what a citation points at shows in review.
 */
export function permalinkLines(records: readonly Pick<ParagraphRecord, 'document' | 'n' | 'text'>[]): string[] {
  return records.map(({ document, n, text }) => `${paragraphPath(document, n)} ${createHash('sha256').update(text).digest('hex').slice(0, 12)}`);
}

export function parsePermalinkLines(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split(' ') as [string, string]),
  );
}

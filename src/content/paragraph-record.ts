import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { paragraphId } from '../lib/anchor.ts';
import { PARAGRAPHS_FILE } from './locations.ts';

/**
 * A paragraph as a record of its own: the unit that search indexes, that a
 * permalink names, that data files publish and that comparison aligns. Its
 * id is "{slug}/p{n}", the same pair as the page anchor /{slug}/#p{n}.
 * Written by the normalizer to PARAGRAPHS_FILE; read through this module only.
 */
export const paragraphRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/p\d+$/),
  document: z.string(),
  n: z.number().int().positive(),
  text: z.string().min(1),
  /** The section heading the paragraph stands under, if the document has sections. */
  section: z.string().optional(),
});

export type ParagraphRecord = z.infer<typeof paragraphRecordSchema>;

export function paragraphRecordId(slug: string, n: number): string {
  return `${slug}/${paragraphId(n)}`;
}

/** The paragraph records of the project at `root`, validated. */
export async function readParagraphRecords(root: string): Promise<ParagraphRecord[]> {
  const file = path.join(root, PARAGRAPHS_FILE);
  const result = z.array(paragraphRecordSchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${PARAGRAPHS_FILE}: record ${issue.path.join('.')}: ${issue.message} (run \`npm run normalize\`)`);
  }
  return result.data;
}

/** The records as the normalizer writes them: one JSON array, a record per line. */
export function serializeParagraphRecords(records: readonly ParagraphRecord[]): string {
  return `${JSON.stringify(records, null, 1)}\n`;
}

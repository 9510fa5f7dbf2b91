import { readdir, readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import path from 'node:path';
import { DOCUMENT_EXTENSION, DOCUMENTS_DIR } from './locations.ts';
import { COUNCILS, KINDS } from './vocabulary.ts';

/**
 * A document as the normalizer writes it: the frontmatter of its generated
 * Markdown file (everything but the paragraphs, which are paragraph records).
 * The content collection and every build-time reader use this one schema.
 */
const located = { line: z.number().int().positive() };

export const documentSchema = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.enum(KINDS),
  council: z.enum(COUNCILS),
  date: z.coerce.date(),
  place: z.string(),
  source: z.object({ publisher: z.string(), reference: z.string().optional() }),
  subtitle: z.string().optional(),
  titleLine: z.number().int().optional(),
  convertedFromTraditional: z.boolean(),
  corrections: z.array(z.object({ find: z.string(), replace: z.string(), reason: z.string() })),
  provenance: z.array(z.object({ ...located, label: z.string(), paragraphs: z.array(z.string()) })),
  removals: z.array(z.object({ ...located, rule: z.string(), reason: z.string(), text: z.string() })),
  headings: z.array(z.object({ ...located, text: z.string(), before: z.number().int().positive() })),
  signatories: z.array(z.object({ ...located, title: z.string(), name: z.string(), mark: z.string().optional() })),
  closingDate: z.object({ ...located, text: z.string() }).optional(),
  paragraphCount: z.number().int().positive(),
  /** Which library document a title cited in 《》 means, where several bear that title (seed metadata `cites`; src/lib/instruments/). */
  cites: z.array(z.object({ title: z.string(), document: z.string(), reason: z.string() })).optional(),
  /** The day the document was last added or corrected in the library (its seed's last commit), when known. */
  revised: z.coerce.date().optional(),
});

export type DocumentData = z.infer<typeof documentSchema>;

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The documents of the project at `root`, by slug, read from the generated Markdown frontmatter (for build steps outside Astro's collections). */
export async function readDocuments(root: string): Promise<Map<string, DocumentData>> {
  const folder = path.join(root, DOCUMENTS_DIR);
  const documents = new Map<string, DocumentData>();
  for (const name of (await readdir(folder)).filter((file) => file.endsWith(DOCUMENT_EXTENSION)).sort()) {
    const frontmatter = FRONTMATTER.exec(await readFile(path.join(folder, name), 'utf8'));
    const result = documentSchema.safeParse(frontmatter && parseYaml(frontmatter[1]));
    if (!result.success) throw new Error(`${DOCUMENTS_DIR}/${name}: no valid frontmatter (run \`npm run normalize\`)`);
    documents.set(result.data.slug, result.data);
  }
  return documents;
}

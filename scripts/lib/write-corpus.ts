// Build step: seeds/ → src/content/generated/ (one MDX document per seed and
// the paragraph records). Output is written to a temporary folder and swapped
// in only when every seed passed, so a bad seed never leaves half a corpus.
import { mkdir, rm, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_EXTENSION, DOCUMENTS_DIR, GENERATED_DIR, PARAGRAPHS_FILE, SOURCES_DIR, generatedPath } from '../../src/content/locations.ts';
import { serializeParagraphRecords } from '../../src/content/paragraph-record.ts';
import { normalizeCorpus } from './corpus.ts';
import { toMdxDocument } from './mdx.ts';
import { paragraphRecords } from './records.ts';
import { documentRevision, seedRevisions } from './revisions.ts';
import { sourceFile } from './source-file.ts';

export async function writeCorpus(root: string): Promise<number> {
  const { documents, errors } = await normalizeCorpus(path.join(root, 'seeds'));
  if (errors.length > 0) {
    for (const error of errors) console.error(`✖ ${error.message}`);
    return 1;
  }
  const target = generatedPath(root);
  const staging = `${target}.staging`;
  await rm(staging, { recursive: true, force: true });
  // The staging folder mirrors GENERATED_DIR, so the final names are the ones locations.ts gives.
  const staged = (location: string) => path.join(staging, path.relative(GENERATED_DIR, location));
  await mkdir(staged(DOCUMENTS_DIR), { recursive: true });
  await mkdir(staged(SOURCES_DIR), { recursive: true });
  const revisions = await seedRevisions(root);
  for (const document of documents) {
    document.revised = documentRevision(revisions, document.source.file);
    await writeFile(path.join(staged(DOCUMENTS_DIR), `${document.metadata.slug}${DOCUMENT_EXTENSION}`), toMdxDocument(document));
    await writeFile(path.join(staged(SOURCES_DIR), `${document.metadata.slug}.json`), `${JSON.stringify(sourceFile(document))}\n`);
  }
  const records = documents.flatMap(paragraphRecords);
  await writeFile(staged(PARAGRAPHS_FILE), serializeParagraphRecords(records));
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  console.log(`normalized ${documents.length} documents, ${records.length} paragraphs → ${GENERATED_DIR}`);
  return 0;
}

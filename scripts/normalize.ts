// Build step: seeds/ → src/content/generated/ (one MDX document per seed and
// the paragraph records). Output is written to a temporary folder and swapped
// in only when every seed passed, so a bad seed never leaves half a corpus.
import { mkdir, rm, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeCorpus } from './lib/corpus.ts';
import { toMdx } from './lib/mdx.ts';
import { paragraphRecords } from './lib/records.ts';

export const GENERATED_DIR = 'src/content/generated';

export async function writeCorpus(root: string): Promise<number> {
  const { documents, errors } = await normalizeCorpus(path.join(root, 'seeds'));
  if (errors.length > 0) {
    for (const error of errors) console.error(`✖ ${error.message}`);
    return 1;
  }
  const target = path.join(root, GENERATED_DIR);
  const staging = `${target}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'documents'), { recursive: true });
  for (const document of documents) {
    await writeFile(path.join(staging, 'documents', `${document.metadata.slug}.mdx`), toMdx(document));
  }
  const records = documents.flatMap(paragraphRecords);
  await writeFile(path.join(staging, 'paragraphs.json'), `${JSON.stringify(records, null, 1)}\n`);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  console.log(`normalized ${documents.length} documents, ${records.length} paragraphs → ${GENERATED_DIR}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await writeCorpus(process.cwd());
}

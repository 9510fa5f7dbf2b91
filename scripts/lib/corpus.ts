import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeDocument, type NormalizedDocument } from './document.ts';
import { SeedError } from './errors.ts';
import { parseSeedMetadata } from './metadata.ts';

const SEED = '.txt';
const METADATA = '.yaml';

/**
 * Every seed of a folder with its metadata sidecar (same name, .yaml),
 * normalized. All problems are collected, so one run reports every bad file.
 */
export async function normalizeCorpus(seedsDir: string): Promise<{ documents: NormalizedDocument[]; errors: SeedError[] }> {
  const names = (await readdir(seedsDir)).sort();
  const stems = (ext: string) => new Set(names.filter((name) => name.endsWith(ext)).map((name) => name.slice(0, -ext.length)));
  const seeds = stems(SEED);
  const sidecars = stems(METADATA);
  // Named from the project root ("seeds/…"), wherever the build runs from.
  const display = (name: string) => path.join(path.basename(seedsDir), name);

  const errors: SeedError[] = [];
  for (const stem of sidecars) {
    if (!seeds.has(stem)) errors.push(new SeedError(display(stem + METADATA), `metadata without a seed: add ${stem}${SEED} or remove this file`));
  }

  const documents: NormalizedDocument[] = [];
  const slugOwners = new Map<string, string>();
  for (const stem of seeds) {
    const seedFile = display(stem + SEED);
    try {
      if (!sidecars.has(stem)) throw new SeedError(seedFile, `seed without metadata: add ${stem}${METADATA} beside it`);
      const metadataFile = display(stem + METADATA);
      const metadata = parseSeedMetadata(await readFile(path.join(seedsDir, stem + METADATA), 'utf8'), metadataFile);
      const owner = slugOwners.get(metadata.slug);
      if (owner) throw new SeedError(metadataFile, `slug "${metadata.slug}" is already used by ${owner}`);
      slugOwners.set(metadata.slug, metadataFile);
      documents.push(normalizeDocument(await readFile(path.join(seedsDir, stem + SEED)), metadata, seedFile));
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else throw error;
    }
  }
  documents.sort((a, b) => a.metadata.date.localeCompare(b.metadata.date) || a.metadata.slug.localeCompare(b.metadata.slug));
  return { documents, errors };
}

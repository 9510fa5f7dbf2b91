// The Pagefind step: after the build, index every paragraph record (not the
// HTML pages, so navigation, licence and page chrome never produce a hit) and
// write the index into the build output's pagefind/ folder.
// Every Pagefind call is checked for errors, after Starlight's integrations/pagefind.ts.
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { paragraphRecord, type DocumentMeta, type ParagraphEntry } from '../lib/search/records.ts';

/** Written by `npm run normalize` (scripts/normalize.ts). */
const GENERATED_DIR = 'src/content/generated/';

export default function paragraphSearch(): AstroIntegration {
  let root: URL;
  return {
    name: 'sco:paragraph-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeParagraphIndex(new URL(GENERATED_DIR, root), new URL('pagefind/', dir));
        logger.info(`Indexed ${count} paragraphs with Pagefind in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/** Builds the index of every paragraph under `generated` and writes it to `output`; returns the paragraph count. */
export async function writeParagraphIndex(generated: URL, output: URL): Promise<number> {
  const documents = await readDocuments(new URL('documents/', generated));
  const paragraphs = JSON.parse(await readFile(new URL('paragraphs.json', generated), 'utf8')) as ParagraphEntry[];
  try {
    const { index } = checked(await pagefind.createIndex(), 'createIndex');
    await Promise.all(
      paragraphs.map(async (paragraph) => {
        const document = documents.get(paragraph.document);
        if (!document) throw new Error(`Search index: paragraph ${paragraph.id} names no known document.`);
        checked(await index.addCustomRecord(paragraphRecord(paragraph, document)), `addCustomRecord(${paragraph.id})`);
      }),
    );
    checked(await index.writeFiles({ outputPath: fileURLToPath(output) }), 'writeFiles');
    return paragraphs.length;
  } finally {
    await pagefind.close();
  }
}

/** The metadata of each document, by slug, from the generated MDX frontmatter. */
export async function readDocuments(folder: URL): Promise<Map<string, DocumentMeta>> {
  const documents = new Map<string, DocumentMeta>();
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.mdx'))) {
    const source = await readFile(new URL(name, folder), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
    if (!frontmatter) throw new Error(`Search index: ${name} has no frontmatter.`);
    const { slug, title, kind, council, date } = parse(frontmatter[1]) as Record<string, unknown>;
    documents.set(String(slug), { slug: String(slug), title: String(title), kind: String(kind), council: String(council), date: String(date) });
  }
  return documents;
}

function checked<T extends { errors: string[] }>(response: T, call: string): Required<T> {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${call} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response as Required<T>;
}

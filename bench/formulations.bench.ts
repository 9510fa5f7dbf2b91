// `npm run bench -- formulations`: the new and dropped phrases of every
// document (formulationsByDocument, the work of collections.ts formulationsOf,
// once per build) on the real corpus and on 250 and 1,000 synthetic documents
// (normalized in a copy of the project; only the computation is timed). The
// synthetic documents reuse real paragraphs, so they find little that is new:
// what this measures is the cost, which should grow linearly with the text.
import path from 'node:path';
import { writeCorpus } from '../scripts/lib/write-corpus.ts';
import { readDocuments } from '../src/content/document-schema.ts';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { formulationsByDocument } from '../src/lib/formulations/new-dropped.ts';
import { copyProject } from '../tests/helpers/project.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES = [250, 1000];
const RUNS = 3;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1];

async function row(label: string, root: string): Promise<(string | number)[]> {
  const documents = [...(await readDocuments(root)).values()];
  const records = await readParagraphRecords(root);
  const characters = records.reduce((sum, { text }) => sum + text.length, 0);
  const times: number[] = [];
  let result = formulationsByDocument(documents, records);
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    result = formulationsByDocument(documents, records);
    times.push(performance.now() - started);
  }
  const lists = [...result.values()];
  const ms = median(times);
  return [label, documents.length, records.length, (characters / 1e6).toFixed(2), ms.toFixed(0), ((ms / characters) * 1e6).toFixed(0), lists.reduce((sum, f) => sum + f.new.length, 0), lists.reduce((sum, f) => sum + f.dropped.length, 0)];
}

export default async function formulationsBench(): Promise<BenchTable> {
  const rows = [await row('corpus', ROOT)];
  for (const size of SIZES) {
    const project = await copyProject();
    try {
      await writeSyntheticCorpus(path.join(project.root, 'seeds'), size);
      if ((await writeCorpus(project.root)) !== 0) throw new Error('normalize failed');
      rows.push(await row(`corpus + ${size} synthetic`, project.root));
    } finally {
      await project.remove();
    }
  }
  return {
    title: 'New and dropped phrases: build-time computation',
    headers: ['input', 'documents', 'paragraphs', 'M characters', `ms (median of ${RUNS})`, 'ms per M characters', 'new listed', 'dropped listed'],
    rows,
    notes: ['Timed: formulationsByDocument() over every paragraph record (once per build, shared by the pages and the data files); not the Astro build around it. Linear: the ms per M characters stays flat as the corpus grows.'],
  };
}

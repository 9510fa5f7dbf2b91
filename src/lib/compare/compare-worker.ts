// Web worker of the compare view (started by compare-page.ts): fetches the
// two documents' data files, aligns their paragraphs and diffs each changed
// pair, off the page's main thread. On the two largest documents that work
// is a few hundred milliseconds on a phone; on the main thread it blocked
// input for as long (Lighthouse's total blocking time). The page only
// renders what comes back.
import { align, type AlignedRow } from './align.ts';
import { diffParagraphs, type DiffPart } from './diff.ts';
import { fetchDocumentFile, type DocumentFile } from './document-file.ts';

export interface CompareRequest {
  a: string;
  b: string;
}

export interface Comparison {
  files: { a: DocumentFile; b: DocumentFile };
  rows: AlignedRow[];
  /** Per row: the diff of a changed pair; absent for the other kinds. */
  diffs: (DiffPart[] | undefined)[];
}

export type CompareResponse = Comparison | { error: string };

async function compare({ a, b }: CompareRequest): Promise<CompareResponse> {
  const [fileA, fileB] = await Promise.all([fetchDocumentFile(a), fetchDocumentFile(b)]);
  if (!fileA || !fileB) return { error: `no data file for ${[!fileA && a, !fileB && b].filter(Boolean).join(', ')}` };
  const texts = (file: DocumentFile) => file.paragraphs.map(({ text }) => text);
  const rows = align(texts(fileA), texts(fileB));
  const diffs = rows.map((row) => (row.kind === 'changed' ? diffParagraphs(fileA.paragraphs[row.a].text, fileB.paragraphs[row.b].text) : undefined));
  return { files: { a: fileA, b: fileB }, rows, diffs };
}

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  compare(event.data).then(
    (response) => self.postMessage(response),
    (error: unknown) => self.postMessage({ error: String(error) } satisfies CompareResponse),
  );
});

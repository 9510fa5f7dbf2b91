// The content collections as pages and endpoints read them: the records once
// per build, grouped by document (a page that asked getCollection for its own
// paragraphs would read all 80,000 of them, once per document).
import { getCollection } from 'astro:content';
import { formulationsByDocument, type Formulations } from '../lib/formulations/new-dropped.ts';
import type { DocumentData } from './document-schema.ts';
import type { ParagraphRecord } from './paragraph-record.ts';

export interface DocumentProps {
  document: DocumentData;
  records: ParagraphRecord[];
}
type DocumentPath = { params: { slug: string }; props: DocumentProps };

// Six routes ask for the same 80,000 records at 1,000 documents: a build reads
// them once. The dev server reads them afresh, so that edits show.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (loaded ??= load()) : load());
}

/** Every paragraph record, in document order and paragraph order. */
export const allParagraphRecords = once(async (): Promise<ParagraphRecord[]> =>
  (await getCollection('paragraphs')).map(({ data }) => data).sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.n - b.n)),
);

const recordsByDocument = once(async () => Map.groupBy(await allParagraphRecords(), ({ document }) => document));

/** The paragraph records of one document, in order. */
export async function paragraphsOf(slug: string): Promise<ParagraphRecord[]> {
  return (await recordsByDocument()).get(slug) ?? [];
}

const documentsWithRecords = once(async (): Promise<DocumentProps[]> => {
  const bySlug = await recordsByDocument();
  return (await getCollection('documents')).map(({ data }) => ({ document: data, records: bySlug.get(data.slug) ?? [] }));
});

/** The static paths of a per-document route: new objects for every route, since Astro keeps its own state on them. */
export async function documentPaths(): Promise<DocumentPath[]> {
  return (await documentsWithRecords()).map((props) => ({ params: { slug: props.document.slug }, props }));
}

// What is new and dropped in every document depends on the whole corpus:
// computed once per build, for the page and the data file of each document.
const corpusFormulations = once(async () => formulationsByDocument((await getCollection('documents')).map(({ data }) => data), await allParagraphRecords()));

/** The new and dropped phrases of a document (src/lib/formulations/new-dropped.ts). */
export async function formulationsOf(slug: string): Promise<Formulations> {
  const formulations = (await corpusFormulations()).get(slug);
  if (!formulations) throw new Error(`formulations: no document ${slug} in the documents collection`);
  return formulations;
}

import type { DocumentData } from '../../content/document-schema.ts';
import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import { isoDate } from '../date.ts';
import { LANGUAGE } from '../site.ts';
import { dataSchemaPath, DOCUMENT_FORMATS, documentDataPath, documentPath, INSTRUMENT_MENTIONS_CSV_PATH, INSTRUMENT_MENTIONS_JSONL_PATH, paragraphPath, relatedDataPath } from '../urls.ts';
import type { CorpusIndex, DocumentDataFile, FormulationsData, ParagraphRow } from './schemas.ts';

/**
 * The records of the data files, built from the content collections once per
 * build. Pure functions of (document, its paragraph records, site): the
 * endpoints in src/pages/data/ only serialize what these return.
 */
const absolute = (path: string, site: URL) => new URL(path, site).href;

/** One paragraph record as a row of the CSV files and a line of the JSON Lines file. */
export function paragraphRows(records: readonly ParagraphRecord[], site: URL): ParagraphRow[] {
  return records.map(({ document, n, text, section }) => ({ document, n, permalink: absolute(paragraphPath(document, n), site), text, ...(section ? { section } : {}) }));
}

/** /data/{slug}.json: the document with its provenance, headings, paragraphs, closing block and formulations (src/lib/formulations/). */
export function documentData(document: DocumentData, records: readonly ParagraphRecord[], formulations: FormulationsData, site: URL): DocumentDataFile {
  const { source, convertedFromTraditional, corrections } = document;
  return {
    $schema: absolute(dataSchemaPath('document'), site),
    slug: document.slug,
    title: document.title,
    ...(document.subtitle ? { subtitle: document.subtitle } : {}),
    kind: document.kind,
    council: document.council,
    date: isoDate(document.date),
    place: document.place,
    language: LANGUAGE,
    url: absolute(documentPath(document.slug), site),
    paragraphCount: document.paragraphCount,
    provenance: { source, convertedFromTraditional, corrections, notes: document.provenance.map(({ label, paragraphs }) => ({ label, paragraphs })) },
    headings: document.headings.map(({ text, before }) => ({ text, before })),
    paragraphs: paragraphRows(records, site).map(({ document: _slug, ...paragraph }) => paragraph),
    closing: {
      signatories: document.signatories.map(({ title, name, mark }) => ({ title, name, ...(mark ? { mark } : {}) })),
      ...(document.closingDate ? { date: document.closingDate.text } : {}),
    },
    formulations,
  };
}

/**
 * /data/{slug}.txt: the title, then every heading and numbered paragraph, then
 * the closing block, one blank line apart — the document as plain text for
 * corpus tools, its numbers those of the permalinks.
 */
export function documentText(data: DocumentDataFile): string {
  const headings = Map.groupBy(data.headings, ({ before }) => before);
  const blocks = [data.title, ...(data.subtitle ? [data.subtitle] : [])].join('\n');
  const body = data.paragraphs.flatMap(({ n, text }) => [...(headings.get(n) ?? []).map((heading) => heading.text), `${n}. ${text}`]);
  const closing = [...data.closing.signatories.map(({ title, name, mark }) => [title, name, mark].filter(Boolean).join('　')), ...(data.closing.date ? [data.closing.date] : [])];
  return `${[blocks, ...body, ...(closing.length ? [closing.join('\n')] : [])].join('\n\n')}\n`;
}

/** /data/index.json: every document, newest first, with the addresses of its files. */
export function corpusIndex(documents: readonly DocumentData[], site: URL): CorpusIndex {
  const newestFirst = [...documents].sort((a, b) => isoDate(b.date).localeCompare(isoDate(a.date)) || a.slug.localeCompare(b.slug));
  return {
    $schema: absolute(dataSchemaPath('index'), site),
    files: { instrumentMentions: { csv: absolute(INSTRUMENT_MENTIONS_CSV_PATH, site), jsonl: absolute(INSTRUMENT_MENTIONS_JSONL_PATH, site) } },
    documents: newestFirst.map((document) => {
      const files = {
        ...Object.fromEntries(DOCUMENT_FORMATS.map((format) => [format === 'csl.json' ? 'csl' : format, absolute(documentDataPath(document.slug, format), site)])),
        related: absolute(relatedDataPath(document.slug), site),
      };
      return {
        slug: document.slug,
        title: document.title,
        kind: document.kind,
        council: document.council,
        date: isoDate(document.date),
        place: document.place,
        paragraphCount: document.paragraphCount,
        url: absolute(documentPath(document.slug), site),
        files: files as CorpusIndex['documents'][number]['files'],
      };
    }),
  };
}

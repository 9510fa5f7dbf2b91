// Every hit of a search, not only the pages on screen, as a file: one row per
// occurrence (CSV or JSON), the documents in date order, each one's paragraphs
// and occurrences in reading order. The texts are fetched page by page through
// HitPager (which checks each candidate against its text, so an approximate
// search exports exact rows) and let go once their rows are written: the
// export holds the rows it made (as Blob parts), never the texts it read.
import { csvHeader, csvRecord } from '../data/formats.ts';
import type { DocumentMatch } from '../search/matches.ts';
import type { Query } from '../query/parse.ts';
import { HitPager, paragraphCount } from '../search/results.ts';
import { textLoader } from '../search/texts.ts';
import { paragraphPath } from '../urls.ts';
import { EXPORT_CONTEXT, compareByDate, kwicLines } from './kwic.ts';

export const EXPORT_COLUMNS = ['document', 'date', 'n', 'permalink', 'left', 'match', 'right'] as const;

/** One occurrence: the document (slug), its date, the paragraph, its permalink, and the match with up to 30 characters each side. */
export type ExportRow = Record<Exclude<(typeof EXPORT_COLUMNS)[number], 'n'>, string> & { n: number };

export interface ExportRequest {
  /** The query as typed. */
  query: string;
  /** The matches to export (the documents the chosen facets keep), candidates or exact. */
  matches: readonly DocumentMatch[];
  /** The query, parsed: what HitPager checks each text against. */
  parsed: Query;
  /** The site's address, for absolute permalinks (the canonical one, as the data files have). */
  site: string | URL;
  /** Reads the paragraphs of one text file (fetchTextFile in the browser); the export keeps only the files it is reading. */
  readFile: (path: string) => Promise<string[]>;
  signal?: AbortSignal;
  /** Called after each page of paragraphs with how many of them are read, of how many. */
  onProgress?: (read: number, total: number) => void;
}

/**
 * Paragraphs read per page: the next page starts only when the slowest file
 * of this one has come, so pages are large (~100 files); progress is still
 * reported every second or so.
 */
const PAGE = 1000;
/** Rows made into one Blob part: the strings are let go once the Blob holds their bytes. */
const PART_ROWS = 2000;

/**
 * The rows of every hit, a page of paragraphs at a time. Text files are kept
 * while a page reads them; after it, only the file of its last paragraph (the
 * next page may go on in it).
 */
export async function* exportRows(request: ExportRequest): AsyncGenerator<ExportRow> {
  const { matches, parsed, site, readFile, signal, onProgress } = request;
  const ordered = matches.toSorted(compareByDate);
  const total = paragraphCount(ordered);
  const files = new Map<string, Promise<string[]>>();
  let lastPath = '';
  const keepingRead = (path: string) => {
    lastPath = path;
    if (!files.has(path)) files.set(path, readFile(path));
    return files.get(path)!;
  };
  let read = 0;
  const load = textLoader(keepingRead);
  const pager = new HitPager(ordered, parsed, (slug, n) => {
    read += 1;
    return load(slug, n);
  });
  while (!pager.done) {
    signal?.throwIfAborted();
    const hits = await pager.nextPage(PAGE);
    signal?.throwIfAborted();
    for (const [path] of files) if (path !== lastPath) files.delete(path);
    for (const hit of hits) {
      const permalink = new URL(paragraphPath(hit.document.slug, hit.n), site).href;
      for (const { left, match, right } of kwicLines(hit, EXPORT_CONTEXT)) {
        yield { document: hit.document.slug, date: hit.document.date, n: hit.n, permalink, left, match, right };
      }
    }
    onProgress?.(read, total);
  }
}

/** Strings gathered into Blob parts of PART_ROWS rows each. */
class BlobWriter {
  private readonly parts: Blob[] = [];
  private pending: string[] = [];

  constructor(private readonly type: string) {}

  write(text: string): void {
    this.pending.push(text);
    if (this.pending.length >= PART_ROWS) this.flush();
  }

  private flush(): void {
    this.parts.push(new Blob(this.pending));
    this.pending = [];
  }

  close(): Blob {
    this.flush();
    return new Blob(this.parts, { type: this.type });
  }
}

/** CSV like /data's: UTF-8 with a BOM, CRLF, RFC 4180; the columns of EXPORT_COLUMNS. */
export async function exportCsv(request: ExportRequest): Promise<{ blob: Blob; rows: number }> {
  const writer = new BlobWriter('text/csv;charset=utf-8');
  writer.write(csvHeader(EXPORT_COLUMNS));
  let rows = 0;
  for await (const row of exportRows(request)) {
    writer.write(csvRecord(EXPORT_COLUMNS.map((column) => row[column])));
    rows += 1;
  }
  return { blob: writer.close(), rows };
}

/** What a JSON export says besides its rows. */
export interface ExportFacts {
  /** When the export was made (ISO 8601 instant). */
  exportedAt: string;
  /** The day the site was built (YYYY-MM-DD). */
  siteBuilt: string;
  /** The documents searched: every document the chosen facets keep. */
  documentsSearched: number;
}

/** JSON: the query, the facts, then the rows as objects (one a line), written as they come. */
export async function exportJson(request: ExportRequest, facts: ExportFacts): Promise<{ blob: Blob; rows: number }> {
  const writer = new BlobWriter('application/json');
  const head = JSON.stringify({ query: request.query, ...facts, columns: EXPORT_COLUMNS });
  writer.write(`${head.slice(0, -1)},"rows":[`);
  let rows = 0;
  for await (const row of exportRows(request)) {
    writer.write(`${rows === 0 ? '' : ','}\n${JSON.stringify(row)}`);
    rows += 1;
  }
  writer.write('\n]}\n');
  return { blob: writer.close(), rows };
}

/** Characters file systems refuse (Windows' set, the strictest) and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;
const MAX_QUERY_LENGTH = 40;

/** "上合文献库-反恐-2026-12-04.csv": what the file holds, the query made safe for any file system. */
export function exportFileName(query: string, day: string, extension: 'csv' | 'json'): string {
  const safe = Array.from(query.replace(UNSAFE, '_').replace(/\s+/gu, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('').replace(/^\.+/, '_');
  return `上合文献库-${safe || '检索'}-${day}.${extension}`;
}

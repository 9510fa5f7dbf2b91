import type { ParagraphRecord } from '../../content/paragraph-record.ts';
import { yearOf } from '../date.ts';
import { byDate, type DocumentFacts } from '../reading/corpus.ts';
import { paragraphPath } from '../urls.ts';
import { findTitles } from './titles.ts';
import { instrumentKey } from './variants.ts';

/** One mention of an instrument: a title in 《…》 in a paragraph. */
export interface Mention {
  /** The instrument's key (instrumentKey): its id in /instruments/{key}/. */
  instrument: string;
  /** The title exactly as written between the outer 《》. */
  title: string;
  document: string;
  n: number;
}

/** A mention as the data files publish it: with the paragraph's absolute permalink. */
export interface MentionRow extends Mention {
  permalink: string;
}

/** Every mention in the records, in their order (document, paragraph, then place in the paragraph). A title that folds to nothing (《》) names no instrument. */
export function mentions(records: readonly ParagraphRecord[]): Mention[] {
  return records.flatMap(({ document, n, text }) =>
    findTitles(text)
      .map(({ title }) => ({ instrument: instrumentKey(title), title, document, n }))
      .filter(({ instrument }) => instrument !== ''),
  );
}

/** The rows of /data/instrument-mentions.{csv,jsonl}. */
export function mentionRows(records: readonly ParagraphRecord[], site: URL): MentionRow[] {
  return mentions(records).map((mention) => ({ ...mention, permalink: new URL(paragraphPath(mention.document, mention.n), site).href }));
}

export interface LibraryDocument extends DocumentFacts {
  title: string;
  /** Which library document a title this document cites means, where several bear that title (seed metadata `cites`). */
  cites?: readonly { title: string; document: string }[];
}

/** The document of the library an instrument is, if its folded title is exactly one document's folded title. */
export function libraryDocuments<T extends LibraryDocument>(documents: readonly T[]): (key: string) => T | undefined {
  const byKey = Map.groupBy(documents, ({ title }) => instrumentKey(title));
  // Several documents share a title (a 新闻公报 every year): which one a mention means is not in the title.
  return (key) => {
    const found = byKey.get(key);
    return found?.length === 1 ? found[0] : undefined;
  };
}

/** A paragraph that mentions an instrument, with the titles as it writes them. */
export interface MentioningParagraph<T> {
  document: T;
  n: number;
  titles: string[];
  /** The library document the mention means: the instrument's own, or the one the citing document's metadata names. */
  cited?: T;
}

export interface Instrument<T> {
  key: string;
  /** The title to show: the most frequent way of writing it (the earliest on a tie). */
  name: string;
  /** Every way the corpus writes it, most frequent first, with counts. */
  written: { title: string; count: number }[];
  mentions: number;
  /** The paragraphs that mention it, in date order of their documents. */
  paragraphs: MentioningParagraph<T>[];
  documents: number;
  years: number[];
  /** The library's own copy of it, if it is one of the library's documents (libraryDocuments). */
  document?: T;
}

/**
 * Mentions grouped into instruments, most mentioned first (then by name, in
 * code point order: a stable order that needs no collation data).
 */
export function instruments<T extends LibraryDocument>(all: readonly Mention[], documents: readonly T[]): Instrument<T>[] {
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  const documentOf = (slug: string) => {
    const document = bySlug.get(slug);
    if (!document) throw new Error(`instrument mentions: no document "${slug}" for a paragraph record (run \`npm run normalize\`)`);
    return document;
  };
  const ordered = [...all].sort((a, b) => byDate(documentOf(a.document), documentOf(b.document)) || a.n - b.n);
  const library = libraryDocuments(documents);
  const cited = citedByMetadata(all, documents, documentOf);
  return [...Map.groupBy(ordered, ({ instrument }) => instrument)]
    .map(([key, group]): Instrument<T> => {
      const counts = new Map<string, number>();
      for (const { title } of group) counts.set(title, (counts.get(title) ?? 0) + 1);
      // A stable sort keeps first-written order among equal counts.
      const written = [...counts].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count);
      const document = library(key);
      const paragraphs = [...Map.groupBy(group, ({ document, n }) => `${document}/${n}`).values()].map((same) => {
        const target = cited.get(`${same[0].document} ${key}`) ?? document;
        return { document: documentOf(same[0].document), n: same[0].n, titles: same.map(({ title }) => title), ...(target ? { cited: target } : {}) };
      });
      return {
        key,
        name: written[0].title,
        written,
        mentions: group.length,
        paragraphs,
        documents: new Set(group.map(({ document }) => document)).size,
        years: [...new Set(paragraphs.map(({ document }) => yearOf(document.date)))],
        ...(document ? { document } : {}),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The library documents that documents' metadata (`cites`) says their titles
 * mean, by "{citing slug} {instrument key}". A citation naming a title the
 * document never writes, or a document the library lacks, is an error that
 * names the seed's slug.
 */
function citedByMetadata<T extends LibraryDocument>(all: readonly Mention[], documents: readonly T[], documentOf: (slug: string) => T): Map<string, T> {
  const mentioned = new Set(all.map(({ document, instrument }) => `${document} ${instrument}`));
  const cited = new Map<string, T>();
  for (const { slug, cites = [] } of documents) {
    for (const { title, document } of cites) {
      const key = `${slug} ${instrumentKey(title)}`;
      if (!mentioned.has(key)) throw new Error(`${slug}: metadata \`cites\` names 《${title}》, which no paragraph of the document mentions (write the title as the text does)`);
      if (!documents.some((candidate) => candidate.slug === document)) throw new Error(`${slug}: metadata \`cites\` 《${title}》 names document "${document}", which is not in the library`);
      cited.set(key, documentOf(document));
    }
  }
  return cited;
}

/** A piece of a paragraph's text as an instrument page shows it: the instrument's titles marked. */
export interface ExcerptPiece {
  text: string;
  title?: true;
}

const SENTENCE_END = /[。！？；]/;

/**
 * The sentences of a paragraph that mention the instrument, cut at the titles
 * (the 《…》 of this instrument are marked), with "……" where the paragraph
 * goes on: at 1,000 documents an instrument such as 《联合国宪章》 is cited in
 * thousands of paragraphs, and its page lists every one.
 */
export function mentionExcerpt(text: string, key: string): ExcerptPiece[] {
  const spans = findTitles(text).filter(({ title }) => instrumentKey(title) === key);
  if (spans.length === 0) return [{ text }];
  let from = spans[0].start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from -= 1;
  let to = spans.at(-1)!.end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1])) to += 1;
  const pieces: ExcerptPiece[] = from > 0 ? [{ text: '……' }] : [];
  let at = from;
  for (const { start, end } of spans) {
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), title: true });
    at = end;
  }
  if (to > at) pieces.push({ text: text.slice(at, to) });
  if (to < text.length) pieces.push({ text: '……' });
  return pieces;
}

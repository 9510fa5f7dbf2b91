// A stand-in for Pagefind in unit tests: the index words of documents with
// their positions, as Pagefind stores them for the content documentContent
// gives it (split at spaces, one position per token, words without a letter
// or digit not indexed, lower-cased).
import fc from 'fast-check';
import type { LookUp, SearchDocument } from '../../../src/lib/search/matches.ts';
import { INDEX_LANGUAGES, documentContent, documentLayout, isWordCharacter, type IndexKind } from '../../../src/lib/search/tokens.ts';

export interface FakeDocument {
  slug: string;
  texts: string[];
  date?: string;
  year?: string;
}

export function searchDocuments(documents: readonly FakeDocument[]): SearchDocument[] {
  return documents.map(({ slug, texts, date = '2017-06-09', year = date.slice(0, 4) }) => ({
    slug,
    title: slug,
    date,
    year,
    kind: '宣言',
    council: '元首理事会',
    layout: documentLayout(texts),
  }));
}

export function fakeLookUp(documents: readonly FakeDocument[]): LookUp & { calls: string[] } {
  const index = new Map<string, Map<string, Set<number>>>();
  for (const kind of Object.keys(INDEX_LANGUAGES) as IndexKind[]) {
    for (const { slug, texts } of documents) {
      documentContent(texts, kind)
        .split(' ')
        .forEach((token, position) => {
          if (!Array.from(token).some(isWordCharacter)) return;
          const key = `${kind}:${token.toLowerCase()}`;
          if (!index.has(key)) index.set(key, new Map());
          const byDocument = index.get(key)!;
          if (!byDocument.has(slug)) byDocument.set(slug, new Set());
          byDocument.get(slug)!.add(position);
        });
    }
  }
  const calls: string[] = [];
  // Pagefind matches a word as a prefix: one character finds every bigram it starts.
  const lookUp = async (kind: IndexKind, word: string) => {
    calls.push(`${kind}:${word}`);
    const found = new Map<string, number[]>();
    for (const [key, byDocument] of index) {
      if (!key.startsWith(`${kind}:${word}`)) continue;
      for (const [slug, positions] of byDocument) found.set(slug, [...(found.get(slug) ?? []), ...positions]);
    }
    return found;
  };
  return Object.assign(lookUp, { calls });
}

/** What SEARCH_CHARACTERS_PATH holds for these documents: every Chinese character of their texts. */
export function fakeCharacters(documents: readonly FakeDocument[]): () => Promise<ReadonlySet<string>> {
  return async () => new Set(documents.flatMap(({ texts }) => texts.join('').match(/\p{Script=Han}/gu) ?? []));
}

// Random small corpora for properties checked against a string scan: a few
// characters that make bigrams meet, overlap and repeat, and one that the
// index does not hold (、), so that runs break.
const ALPHABET = ['上', '合', '组', '织', '、', '2', 'a'];
const randomText = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''));
/** Up to 4 documents of up to 5 paragraphs each. */
export const randomCorpus = fc.array(fc.array(randomText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
/** A term of 1–4 word characters of the same alphabet. */
export const randomTerm = fc.array(fc.constantFrom(...ALPHABET.filter((char) => char !== '、')), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));

// The matcher (findMatches over a stand-in index of the real paragraphs,
// then the texts checked as the search page does) against the oracle, which
// reads and evaluates every query by itself (tests/search/oracle.ts).
import { describe, expect, it } from 'vitest';
import { isQueryError, parseQuery } from '../../../src/lib/query/parse.ts';
import { HitPager, verifyMatches } from '../../../src/lib/search/results.ts';
import { runSearch } from '../../../src/lib/search/search-run.ts';
import { loadSimplifier } from '../../../src/lib/search/simplify.ts';
import { ORACLE_QUERIES, expectedHits, expectedMarks, oracleParagraphs } from '../../search/oracle.ts';
import { fakeCharacters, fakeLookUp, searchDocuments, type FakeDocument } from './fake-index.ts';

const corpus: FakeDocument[] = [...Map.groupBy(oracleParagraphs, (paragraph) => paragraph.document)].map(([slug, records]) => ({
  slug,
  texts: records.toSorted((a, b) => a.n - b.n).map((record) => record.text),
}));
const texts = new Map(corpus.map((document) => [document.slug, document.texts]));
const loadText = async (slug: string, n: number) => texts.get(slug)![n - 1];
const documents = searchDocuments(corpus);
const services = { lookUp: fakeLookUp(corpus), loadCharacters: fakeCharacters(corpus), loadSimplifier };
const permalinks = (list: readonly { document: { slug: string }; paragraphs: number[] }[]) =>
  list.flatMap((match) => match.paragraphs.map((n) => `/${match.document.slug}/#p${n}`)).sort();

describe('findMatches and the text check, against the oracle', () => {
  it.each(ORACLE_QUERIES.map(({ query, covers }) => [query, covers]))('%j (%s)', async (text) => {
    const query = parseQuery(text);
    if (isQueryError(query)) throw new Error(query.message);
    const expected = expectedHits(text);
    const outcome = await runSearch(query, documents, services);
    const candidates = permalinks(outcome.matches.documents);
    // Candidates never miss a match; exact ones are the matches.
    expect(candidates).toEqual(expect.arrayContaining(expected));
    if (outcome.matches.exact) expect(candidates).toEqual(expected);
    const verified = await verifyMatches(outcome.matches, outcome.query, loadText);
    expect(permalinks(verified.documents)).toEqual(expected);
    // Paging lists every match and nothing else, each marked as the oracle marks it.
    const pager = new HitPager(outcome.matches.documents, outcome.query, loadText);
    const hits = [];
    while (!pager.done) hits.push(...(await pager.nextPage(7)));
    expect(hits.map((hit) => `/${hit.document.slug}/#p${hit.n}`).sort()).toEqual(expected);
    for (const hit of hits) {
      expect(hit.ranges.map(({ start, end }) => hit.text.slice(start, end)), `${hit.document.slug} p${hit.n}`).toEqual(expectedMarks(hit.text, text));
    }
  });

  it('covers every operator with hits on the five documents', () => {
    for (const query of ['反恐|反极端', '恐怖主义 -极端主义', '"上海精神"', '“上海精神”', '构建*命运共同体', '打击*主义', '(反恐 | 恐怖) -阿富汗']) {
      expect(expectedHits(query).length, query).toBeGreaterThan(0);
    }
    expect(expectedHits('恐怖主义 -极端主义').length).toBeLessThan(expectedHits('恐怖主义').length);
  });
});

import { describe, expect, it } from 'vitest';
import { emptySelection } from '../../../src/lib/search/facets.ts';
import { findMatches } from '../../../src/lib/search/matches.ts';
import { HitPager, paragraphCount, selectMatches, verifyMatches } from '../../../src/lib/search/results.ts';
import { fakeLookUp, searchDocuments, type FakeDocument } from './fake-index.ts';
import { parsed } from '../query/parsed.ts';

const corpus: FakeDocument[] = [
  { slug: 'new', date: '2024-07-04', texts: Array.from({ length: 30 }, (_, i) => (i % 2 ? `第${i}条：打击恐怖主义。` : '合作')) },
  { slug: 'old', date: '2011-06-15', texts: ['反对恐怖主义、分裂主义', '恐怖主义，分裂主义', '无关'] },
];
const texts = new Map(corpus.map((document) => [document.slug, document.texts]));

function loader() {
  const fetched: string[] = [];
  const load = async (slug: string, n: number) => {
    fetched.push(`${slug}/p${n}`);
    return texts.get(slug)![n - 1];
  };
  return Object.assign(load, { fetched });
}

async function matches(query: string) {
  return findMatches(parsed(query), searchDocuments(corpus), fakeLookUp(corpus));
}

describe('HitPager', () => {
  it('pages through every hit in order, fetching the texts of the hits it returns only', async () => {
    const load = loader();
    const found = await matches('恐怖主义');
    const pager = new HitPager(found.documents, parsed('恐怖主义'), load);
    const first = await pager.nextPage(10);
    expect(first.map((hit) => `${hit.document.slug}/p${hit.n}`)).toEqual(Array.from({ length: 10 }, (_, i) => `new/p${2 * i + 2}`));
    expect(load.fetched).toHaveLength(10);
    expect(first[0].ranges).toEqual([{ start: 6, end: 10 }]);
    const rest = [...(await pager.nextPage(10)), ...(await pager.nextPage(10))];
    expect(rest.map((hit) => `${hit.document.slug}/p${hit.n}`)).toEqual([...Array.from({ length: 5 }, (_, i) => `new/p${2 * i + 22}`), 'old/p1', 'old/p2']);
    expect(pager.done).toBe(true);
    expect(paragraphCount(found.documents)).toBe(17);
  });

  it('skips a candidate whose text lacks the term with punctuation, and fills the page from the next ones', async () => {
    const found = await matches('恐怖主义、分裂主义');
    expect(found.exact).toBe(false);
    expect(paragraphCount(found.documents)).toBe(2);
    const hits = await new HitPager(found.documents, parsed('恐怖主义、分裂主义'), loader()).nextPage(1);
    expect(hits.map((hit) => `${hit.document.slug}/p${hit.n}`)).toEqual(['old/p1']);
  });
});

describe('verifyMatches', () => {
  it('checks every candidate against its text, making the count exact', async () => {
    const verified = await verifyMatches(await matches('恐怖主义、分裂主义'), parsed('恐怖主义、分裂主义'), loader());
    expect(verified.exact).toBe(true);
    expect(verified.documents.map((match) => [match.document.slug, match.paragraphs])).toEqual([['old', [1]]]);
  });

  it('leaves exact matches as they are, fetching nothing', async () => {
    const load = loader();
    const found = await matches('恐怖主义');
    expect(await verifyMatches(found, parsed('恐怖主义'), load)).toBe(found);
    expect(load.fetched).toEqual([]);
  });
});

describe('selectMatches', () => {
  it('keeps the documents of the chosen facet values', async () => {
    const found = await matches('恐怖主义');
    expect(selectMatches(found.documents, { ...emptySelection(), year: ['2011'] }).map((match) => match.document.slug)).toEqual(['old']);
  });

  it('keeps only the document named, when one is', async () => {
    const found = await matches('恐怖主义');
    const slugs = found.documents.map((match) => match.document.slug);
    expect(slugs.length).toBeGreaterThan(1);
    expect(selectMatches(found.documents, emptySelection(), slugs[1]).map((match) => match.document.slug)).toEqual([slugs[1]]);
    expect(selectMatches(found.documents, { ...emptySelection(), year: ['2011'] }, slugs[0] === 'old' ? slugs[1] : slugs[0])).toEqual([]);
  });
});

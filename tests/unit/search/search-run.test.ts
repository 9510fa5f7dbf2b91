import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/search/search-run.ts';
import { fakeLookUp, searchDocuments, type FakeDocument } from './fake-index.ts';

const corpus: FakeDocument[] = [{ slug: 'd', texts: ['维护联合国宪章', '维护和平'] }];

function services() {
  const converted: string[] = [];
  return {
    converted,
    lookUp: fakeLookUp(corpus),
    loadSimplifier: async () => (text: string) => {
      converted.push(text);
      return text.replace('聯合國', '联合国').replace('護', '护');
    },
  };
}

describe('runSearch', () => {
  it('searches the folded terms, without the converter when something is found', async () => {
    const run = services();
    const outcome = await runSearch(' 维护  和平 ', searchDocuments(corpus), run);
    expect(outcome.terms).toEqual(['维护', '和平']);
    expect(outcome.matches.documents.map((match) => match.paragraphs)).toEqual([[2]]);
    expect(outcome.simplified).toBeUndefined();
    expect(run.converted).toEqual([]);
  });

  it('tries a query with a character the corpus lacks again in simplified characters', async () => {
    const run = services();
    const outcome = await runSearch('聯合國', searchDocuments(corpus), run);
    expect(outcome.simplified).toBe('联合国');
    expect(outcome.matches.documents.map((match) => match.paragraphs)).toEqual([[1]]);
  });

  it('does not load the converter when every character is in the corpus', async () => {
    const run = services();
    const outcome = await runSearch('和维', searchDocuments(corpus), run);
    expect(outcome.matches.documents).toEqual([]);
    expect(run.converted).toEqual([]);
  });
});

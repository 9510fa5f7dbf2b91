import { describe, expect, it } from 'vitest';
import { runSearch } from '../../../src/lib/search/search-run.ts';
import { fakeCharacters, fakeLookUp, searchDocuments, type FakeDocument } from './fake-index.ts';
import { parsed } from '../query/parsed.ts';

const corpus: FakeDocument[] = [{ slug: 'd', texts: ['维护联合国宪章', '维护和平'] }];

function services() {
  const converted: string[] = [];
  const characterLoads: string[] = [];
  return {
    converted,
    characterLoads,
    lookUp: fakeLookUp(corpus),
    loadCharacters: () => {
      characterLoads.push('characters');
      return fakeCharacters(corpus)();
    },
    loadSimplifier: async () => (text: string) => {
      converted.push(text);
      return text.replace('聯合國', '联合国').replace('護', '护');
    },
  };
}

describe('runSearch', () => {
  it('searches the folded terms, without the converter when something is found', async () => {
    const run = services();
    const outcome = await runSearch(parsed(' 维护  和平 '), searchDocuments(corpus), run);
    expect(outcome.query).toEqual(parsed('维护 和平'));
    expect(outcome.matches.documents.map((match) => match.paragraphs)).toEqual([[2]]);
    expect(outcome.simplified).toBeUndefined();
    expect(run.converted).toEqual([]);
  });

  it('searches a query with a character the corpus lacks in simplified characters only', async () => {
    const run = services();
    const outcome = await runSearch(parsed('聯合國'), searchDocuments(corpus), run);
    expect(outcome.simplified).toBe('联合国');
    expect(outcome.matches.documents.map((match) => match.paragraphs)).toEqual([[1]]);
    // Decided from the corpus's characters: the traditional text is never looked up.
    expect(run.lookUp.calls).toEqual(['bigram:联合', 'bigram:合国']);
  });

  it('reads the corpus’s characters only for a query with Chinese characters', async () => {
    const run = services();
    await runSearch(parsed('2017 | "a-b"'), searchDocuments(corpus), run);
    expect(run.characterLoads).toEqual([]);
    await runSearch(parsed('2017 维护'), searchDocuments(corpus), run);
    expect(run.characterLoads).toEqual(['characters']);
    expect(run.converted).toEqual([]);
  });

  it('converts a query that finds something as typed when one of its literals has an unknown character', async () => {
    const run = services();
    const either = await runSearch(parsed('聯合國 | 和平'), searchDocuments(corpus), run);
    expect(either.simplified).toBe('联合国 | 和平');
    expect(either.matches.documents.map((match) => match.paragraphs)).toEqual([[1, 2]]);
    const excluding = await runSearch(parsed('维护 -聯合國'), searchDocuments(corpus), run);
    expect(excluding.simplified).toBe('维护 -联合国');
    expect(excluding.matches.documents.map((match) => match.paragraphs)).toEqual([[2]]);
  });

  it('does not load the converter when every character is in the corpus, nor ask the index about them', async () => {
    const run = services();
    const outcome = await runSearch(parsed('和维'), searchDocuments(corpus), run);
    expect(outcome.matches.documents).toEqual([]);
    expect(run.converted).toEqual([]);
    expect(run.lookUp.calls).toEqual(['bigram:和维']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, type DocumentMatch } from '../../../src/lib/search/matches.ts';
import { intersectSorted, planTerm, startParagraphs, termStarts } from '../../../src/lib/search/positions.ts';
import { documentLayout, paragraphAt, type Layout } from '../../../src/lib/search/tokens.ts';
import { fakeLookUp, randomCorpus, randomTerm, searchDocuments, type FakeDocument } from './fake-index.ts';
import { parsed } from '../query/parsed.ts';

describe('planTerm', () => {
  it('is exact for a term of word characters only', () => {
    expect(planTerm('上合组织').exact).toBe(true);
    expect(planTerm('2030年').exact).toBe(true);
    expect(planTerm('贩毒、武器走私').exact).toBe(false);
    expect(planTerm('《联合国宪章》').exact).toBe(false);
  });
});

describe('termStarts', () => {
  it('gives every start of the term, overlapping ones too, and none across paragraphs', async () => {
    const texts = ['哈哈哈，上合', '组织上合组织'];
    const layout = documentLayout(texts);
    const lookUp = fakeLookUp([{ slug: 'd', texts }]);
    const positionsOf = async (term: string) => {
      const plan = planTerm(term);
      const sets = await Promise.all(plan.words.map(({ kind, word }) => lookUp(kind, word)));
      return termStarts(plan, sets.map((byDocument) => byDocument.get('d') ?? []), layout).map((start) => {
        const { n, offset } = paragraphAt(start, layout);
        return { n, offset };
      });
    };
    expect(await positionsOf('哈哈')).toEqual([{ n: 1, offset: 0 }, { n: 1, offset: 1 }]);
    expect(await positionsOf('上合组织')).toEqual([{ n: 2, offset: 2 }]);
    expect(await positionsOf('合')).toEqual([{ n: 1, offset: 5 }, { n: 2, offset: 3 }]);
  });
});

describe('startParagraphs', () => {
  // Five paragraphs in blocks of 10 positions, the fourth over two: 0–9, 10–19, 20–29, 30–49, 50–59.
  const layout: Layout = { block: 10, long: [[4, 2]], paragraphs: 5 };

  it('gives each paragraph of the starts once, in order, the long ones too', () => {
    expect(startParagraphs([0, 2, 9, 10, 31, 35, 39, 40, 49, 50], layout)).toEqual([1, 2, 4, 5]);
    expect(startParagraphs([], layout)).toEqual([]);
  });

  it('agrees with looking up the paragraph of every start', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 59 })), (starts) => {
        const sorted = starts.toSorted((a, b) => a - b);
        expect(startParagraphs(sorted, layout)).toEqual([...new Set(sorted.map((start) => paragraphAt(start, layout).n))]);
      }),
    );
  });
});

describe('intersectSorted', () => {
  it('keeps what every list holds', () => {
    expect(intersectSorted([[1, 3, 5], [3, 4, 5]])).toEqual([3, 5]);
    expect(intersectSorted([])).toEqual([]);
  });
});

// The truth here is plain substring search over the texts; the matches come
// from index positions only.

describe('findMatches', () => {
  it('finds exactly the paragraphs that contain every term', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, fc.array(randomTerm, { minLength: 1, maxLength: 2 }), async (texts, terms) => {
        const documents: FakeDocument[] = texts.map((paragraphs, i) => ({ slug: `d${i}`, texts: paragraphs }));
        const { documents: found, exact } = await findMatches(parsed(terms.join(' ')), searchDocuments(documents), fakeLookUp(documents));
        const expected = documents.flatMap(({ slug, texts: paragraphs }) =>
          paragraphs.flatMap((paragraph, i) => (terms.every((t) => paragraph.toLowerCase().includes(t)) ? [`${slug}/p${i + 1}`] : [])),
        );
        expect(exact).toBe(true);
        expect(found.flatMap((match) => match.paragraphs.map((n) => `${match.document.slug}/p${n}`))).toEqual(expected);
      }),
    );
  });

  it('gives every paragraph with a term with punctuation as a candidate, and no paragraph without its runs', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, randomTerm, randomTerm, async (texts, left, right) => {
        const documents: FakeDocument[] = texts.map((paragraphs, i) => ({ slug: `d${i}`, texts: paragraphs }));
        const query = `${left}、${right}`;
        const { documents: found, exact } = await findMatches(parsed(query), searchDocuments(documents), fakeLookUp(documents));
        const candidates = new Set(found.flatMap((match) => match.paragraphs.map((n) => `${match.document.slug}/p${n}`)));
        expect(exact).toBe(false);
        documents.forEach(({ slug, texts: paragraphs }) =>
          paragraphs.forEach((paragraph, i) => {
            const id = `${slug}/p${i + 1}`;
            if (paragraph.toLowerCase().includes(query)) expect(candidates.has(id)).toBe(true);
            if (!paragraph.toLowerCase().includes(left) || !paragraph.toLowerCase().includes(right)) expect(candidates.has(id)).toBe(false);
          }),
        );
      }),
    );
  });

  it('lists documents in the order given and looks each word up once', async () => {
    const documents = [
      { slug: 'b', texts: ['上合组织', '合作'] },
      { slug: 'a', texts: ['无关', '上合组织上合组织'] },
    ];
    const lookUp = fakeLookUp(documents);
    const { documents: found } = await findMatches(parsed('上合组织 上合'), searchDocuments(documents), lookUp);
    expect(found.map((match) => [match.document.slug, match.paragraphs])).toEqual([
      ['b', [1]],
      ['a', [2]],
    ]);
    expect(lookUp.calls.sort()).toEqual(['bigram:上合', 'bigram:组织']);
  });

  it('tells onMatch of every match it returns, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(randomCorpus, randomTerm, async (texts, term) => {
        const documents: FakeDocument[] = texts.map((paragraphs, i) => ({ slug: `d${i}`, texts: paragraphs }));
        const heard: DocumentMatch[] = [];
        const { documents: found } = await findMatches(parsed(term), searchDocuments(documents), fakeLookUp(documents), (match) => heard.push(match));
        expect(heard).toEqual(found);
      }),
    );
  });
});

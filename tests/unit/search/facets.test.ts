import { describe, expect, it } from 'vitest';
import { emptySelection, facetCounts, isEmptySelection, matchesSelection } from '../../../src/lib/search/facets.ts';

const declaration2017 = { filters: { year: ['2017'], kind: ['宣言'], council: ['元首理事会'] }, count: 1 };
const communique2017 = { filters: { year: ['2017'], kind: ['新闻公报'], council: ['外长理事会'] }, count: 1 };
const declaration2024 = { filters: { year: ['2024'], kind: ['宣言'], council: ['元首理事会'] }, count: 1 };
const items = [declaration2017, communique2017, declaration2024, declaration2024];

describe('matchesSelection', () => {
  it('takes any value within a facet and every facet', () => {
    const selection = { ...emptySelection(), year: ['2017', '2024'], kind: ['宣言'] };
    expect(items.filter((item) => matchesSelection(item.filters, selection))).toEqual([declaration2017, declaration2024, declaration2024]);
    expect(matchesSelection(communique2017.filters, emptySelection())).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts each facet under the other facets’ choices only', () => {
    const counts = facetCounts(items, { ...emptySelection(), year: ['2017'] });
    expect(counts.year).toEqual(new Map([['2017', 2], ['2024', 2]]));
    expect(counts.kind).toEqual(new Map([['宣言', 1], ['新闻公报', 1]]));
    expect(counts.council).toEqual(new Map([['元首理事会', 1], ['外长理事会', 1]]));
  });

  it('weighs each item by its count (a document by its paragraphs)', () => {
    const counts = facetCounts([{ ...declaration2017, count: 7 }, { ...declaration2024, count: 3 }], emptySelection());
    expect(counts.year).toEqual(new Map([['2017', 7], ['2024', 3]]));
    expect(counts.kind).toEqual(new Map([['宣言', 10]]));
  });
});

describe('isEmptySelection', () => {
  it('is true only when no value is chosen', () => {
    expect(isEmptySelection(emptySelection())).toBe(true);
    expect(isEmptySelection({ ...emptySelection(), council: ['外长理事会'] })).toBe(false);
  });
});

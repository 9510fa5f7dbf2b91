import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySelection } from '../../../src/lib/search/facets.ts';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

describe('search page address', () => {
  it('holds the query and the chosen facets', () => {
    const state = { query: '阿富汗 和平', selection: { year: ['2017', '2011'], kind: ['宣言'], council: [] } };
    const search = writeSearchState(state);
    expect(search).toBe(`?q=${encodeURIComponent('阿富汗')}+${encodeURIComponent('和平')}&year=2011&year=2017&kind=${encodeURIComponent('宣言')}`);
    expect(readSearchState(search)).toEqual({ ...state, selection: { ...state.selection, year: ['2011', '2017'] } });
  });

  it('holds one document to search in (?doc=, the trends table’s links), only when given', () => {
    const state = { query: '上海精神', selection: emptySelection(), document: '2017-astana-declaration' };
    expect(writeSearchState(state)).toBe(`?q=${encodeURIComponent('上海精神')}&doc=2017-astana-declaration`);
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(readSearchState('?q=a&doc=')).toEqual({ query: 'a', selection: emptySelection() });
  });

  it('is empty when nothing is chosen', () => {
    expect(writeSearchState({ query: ' ', selection: emptySelection() })).toBe('');
    expect(readSearchState('')).toEqual({ query: '', selection: emptySelection() });
  });

  it('keeps the query as typed, markup included', () => {
    const query = '<img src=x onerror=alert(1)>';
    expect(readSearchState(writeSearchState({ query, selection: emptySelection() })).query).toBe(query);
  });

  it('holds the concordance view and its order, by date when it names none', () => {
    const selection = emptySelection();
    expect(writeSearchState({ query: '反恐', selection, view: 'kwic', sort: 'left' })).toBe(`?q=${encodeURIComponent('反恐')}&view=kwic&sort=left`);
    expect(writeSearchState({ query: '反恐', selection, view: 'kwic', sort: 'date' })).toBe(`?q=${encodeURIComponent('反恐')}&view=kwic`);
    expect(readSearchState('?q=x&view=kwic&sort=right')).toEqual({ query: 'x', selection, view: 'kwic', sort: 'right' });
    expect(readSearchState('?q=x&view=kwic&sort=date')).toEqual({ query: 'x', selection, view: 'kwic' });
    expect(readSearchState('?q=x&view=kwic&sort=middle')).toEqual({ query: 'x', selection, view: 'kwic' });
  });

  it('ignores an order without the concordance, and a view it does not know', () => {
    const selection = emptySelection();
    expect(readSearchState('?q=x&sort=left')).toEqual({ query: 'x', selection });
    expect(readSearchState('?q=x&view=table&sort=left')).toEqual({ query: 'x', selection });
    expect(writeSearchState({ query: 'x', selection, sort: 'left' })).toBe('?q=x');
  });

  it('round-trips any state', () => {
    const values = fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 3 }).map((list) => [...list].sort());
    fc.assert(
      fc.property(
        fc.string().filter((query) => query.trim() !== ''),
        values,
        values,
        values,
        fc.option(fc.constantFrom('left' as const, 'right' as const), { nil: undefined }),
        (query, year, kind, council, sort) => {
          const state = { query, selection: { year, kind, council }, view: 'kwic' as const, ...(sort ? { sort } : {}) };
          expect(readSearchState(writeSearchState(state))).toEqual(state);
        },
      ),
    );
  });
});

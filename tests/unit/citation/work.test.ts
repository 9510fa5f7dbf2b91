import { describe, expect, it } from 'vitest';
import { citationKey, citedWork } from '../../../src/lib/citation/work.ts';

describe('citedWork', () => {
  it('takes a document as the collection gives it (a Date at UTC midnight) to the calendar day', () => {
    const document = { slug: 'x', title: '标题', kind: '宣言', date: new Date('2011-06-15T00:00:00Z'), place: '阿斯塔纳' };
    expect(citedWork(document, 'https://example.org/x/')).toEqual({ slug: 'x', title: '标题', kind: '宣言', date: '2011-06-15', place: '阿斯塔纳', url: 'https://example.org/x/' });
  });

  it('keys a work by its slug', () => {
    expect(citationKey({ slug: '2024-astana-declaration' })).toBe('sco-2024-astana-declaration');
  });
});

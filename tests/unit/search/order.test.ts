import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/search/order.ts';

describe('compareDocuments', () => {
  it('puts the newest document first', () => {
    const documents = [
      { slug: 'a', title: '甲', date: '2011-06-15' },
      { slug: 'b', title: '乙', date: '2024-07-04' },
    ];
    expect(documents.toSorted(compareDocuments).map((document) => document.slug)).toEqual(['b', 'a']);
  });

  it('orders documents of the same day by title, in pinyin order, then by slug', () => {
    const documents = [
      { slug: 'communique', title: '上海合作组织成员国元首理事会会议新闻公报', date: '2017-06-09' },
      { slug: 'declaration-2', title: '上海合作组织成员国元首阿斯塔纳宣言', date: '2017-06-09' },
      { slug: 'declaration-1', title: '上海合作组织成员国元首阿斯塔纳宣言', date: '2017-06-09' },
    ];
    // After the shared 上海合作组织成员国元首: 阿 (ā) comes before 理 (lǐ).
    expect(documents.toSorted(compareDocuments).map((document) => document.slug)).toEqual(['declaration-1', 'declaration-2', 'communique']);
  });
});

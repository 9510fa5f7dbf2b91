import { describe, expect, it } from 'vitest';
import { groupByDocument, intersectById, type Hit } from '../../../src/lib/search/results.ts';

const hit = (document: string, n: number, date: string, title = document): Hit => ({
  document,
  n,
  url: `/${document}/#p${n}`,
  title,
  date,
  text: '',
  ranges: [],
  filters: {},
});

describe('intersectById', () => {
  it('keeps what every list holds, in the first list’s order', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(intersectById([[c, a, b], [a, c], [b, c, a]])).toEqual([c, a]);
    expect(intersectById([[a, b]])).toEqual([a, b]);
    expect(intersectById([])).toEqual([]);
  });
});

describe('groupByDocument', () => {
  it('puts the newest document first and paragraphs in reading order', () => {
    const groups = groupByDocument([
      hit('2011-astana-declaration', 9, '2011-06-15'),
      hit('2024-astana-declaration', 30, '2024-07-04'),
      hit('2011-astana-declaration', 2, '2011-06-15'),
      hit('2024-astana-declaration', 4, '2024-07-04'),
    ]);
    expect(groups.map((group) => [group.document, group.hits.map((h) => h.n)])).toEqual([
      ['2024-astana-declaration', [4, 30]],
      ['2011-astana-declaration', [2, 9]],
    ]);
  });

  it('orders documents of the same day by title, in pinyin order', () => {
    const groups = groupByDocument([
      hit('communique', 1, '2017-06-09', '上海合作组织成员国元首理事会会议新闻公报'),
      hit('declaration', 1, '2017-06-09', '上海合作组织成员国元首阿斯塔纳宣言'),
    ]);
    // After the shared 上海合作组织成员国元首: 阿 (ā) comes before 理 (lǐ).
    expect(groups.map((group) => group.document)).toEqual(['declaration', 'communique']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatAccessed, formatGbt7714, gbt7714Parts } from '../../../src/lib/citation/gbt7714.ts';
import { astana2024 } from './fixture.ts';

// Expected strings written from GB/T 7714-2015 §4.6.2 (电子资源: … 出版年: 引文页码
// (更新或修改日期)[引用日期]. 获取和访问路径.) and its example
// "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://…."
describe('formatGbt7714', () => {
  it('cites the document as an online item with its date, the access date and the URL', () => {
    expect(formatGbt7714(astana2024, '2026-11-21')).toBe(
      '上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04)[2026-11-21]. https://example.org/2024-astana-declaration/.',
    );
  });

  it('puts a paragraph locator where §4.6.2 puts 引文页码, before the date in parentheses, and cites its permalink', () => {
    const url = 'https://example.org/2024-astana-declaration/#p12-p15';
    expect(formatGbt7714(astana2024, '2026-11-21', { locator: '第12—15段', url })).toBe(
      '上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. 第12—15段(2024-07-04)[2026-11-21]. https://example.org/2024-astana-declaration/#p12-p15.',
    );
  });
});

describe('gbt7714Parts', () => {
  it('splits the citation at the access date, so that a page can show it without one', () => {
    const { beforeAccess, afterAccess } = gbt7714Parts(astana2024);
    expect(`${beforeAccess}${afterAccess}`).toBe('上海合作组织. 上海合作组织成员国元首理事会阿斯塔纳宣言[EB/OL]. (2024-07-04). https://example.org/2024-astana-declaration/.');
    expect(`${beforeAccess}${formatAccessed('2026-11-21')}${afterAccess}`).toBe(formatGbt7714(astana2024, '2026-11-21'));
  });
});

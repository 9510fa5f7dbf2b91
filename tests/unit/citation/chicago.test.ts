import { describe, expect, it } from 'vitest';
import { formatChicago } from '../../../src/lib/citation/chicago.ts';
import { astana2024 } from './fixture.ts';

describe('formatChicago', () => {
  it('gives author, quoted title, place and date in Chicago order, then the website and URL', () => {
    expect(formatChicago(astana2024)).toBe(
      '上海合作组织. “上海合作组织成员国元首理事会阿斯塔纳宣言.” 阿斯塔纳, July 4, 2024. 上合文献库. https://example.org/2024-astana-declaration/.',
    );
    expect(formatChicago({ ...astana2024, date: '2011-12-01' })).toContain(', December 1, 2011. ');
  });
});

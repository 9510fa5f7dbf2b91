import { describe, expect, it } from 'vitest';
import { normalizeSpacing } from '../../../scripts/lib/text/spacing.ts';

describe('normalizeSpacing', () => {
  it.each([
    ['2016 年 11 月 2 日', '2016年11月2日'],
    ['上合组织至 2025 年发展战略', '上合组织至2025年发展战略'],
    ['会议 新闻公报', '会议新闻公报'],
    ['欧亚反恐 2023”', '欧亚反恐2023”'],
    ['“一带一路” 倡议', '“一带一路”倡议'],
    ['成果， 支持', '成果，支持'],
    ['  首尾空白  ', '首尾空白'],
    ['全角\u3000空格', '全角空格'],
  ])('removes spaces touching CJK: %s', (input, expected) => {
    expect(normalizeSpacing(input)).toBe(expected);
  });

  it('keeps one space between two Latin or number tokens', () => {
    expect(normalizeSpacing('Public   domain')).toBe('Public domain');
    expect(normalizeSpacing('2015 2016')).toBe('2015 2016');
    expect(normalizeSpacing('议程项目 122(v)')).toBe('议程项目122(v)');
  });
});

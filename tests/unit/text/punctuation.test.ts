import { describe, expect, it } from 'vitest';
import { widenParentheses, widenPunctuation } from '../../../scripts/lib/text/punctuation.ts';

describe('widenPunctuation', () => {
  it.each([
    ['落实,以促进', '落实，以促进'],
    ['2016年9月13日,阿拉木图;2017年', '2016年9月13日，阿拉木图；2017年'],
    ['打击毒品犯罪:共同威胁', '打击毒品犯罪：共同威胁'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['注:', '注：'],
    ['上,,', '上，，'],
  ])('widens in Chinese context: %s', (input, expected) => {
    expect(widenPunctuation(input)).toBe(expected);
  });

  it.each(['1,000', '10:30', 'a, b; c: d!', 'e?f'])('leaves Latin and numeric context alone: %s', (input) => {
    expect(widenPunctuation(input)).toBe(input);
  });
});

describe('widenParentheses', () => {
  it.each([
    ['上海合作组织(以下简称"上合组织")', '上海合作组织（以下简称"上合组织"）'],
    ['特别工作组(FATF)标准', '特别工作组（FATF）标准'],
    ['(2017年6月8日至9日，阿斯塔纳)', '（2017年6月8日至9日，阿斯塔纳）'],
    ['李保东(签名)', '李保东（签名）'],
  ])('widens a pair holding or following Chinese: %s', (input, expected) => {
    expect(widenParentheses(input)).toBe(expected);
  });

  it('keeps a reference such as an agenda item', () => {
    expect(widenParentheses('议程项目122(v)下的文件')).toBe('议程项目122(v)下的文件');
    expect(widenParentheses('f(x) = 1')).toBe('f(x) = 1');
  });
});

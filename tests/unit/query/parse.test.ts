import { describe, expect, it } from 'vitest';
import { isQueryError, parseQuery } from '../../../src/lib/query/parse.ts';

const text = (value: string) => ({ kind: 'text', text: value });

describe('parseQuery', () => {
  it.each([
    ['反恐', text('反恐')],
    ['  阿富汗   和平 ', { kind: 'and', items: [text('阿富汗'), text('和平')] }],
    ['阿富汗　和平', { kind: 'and', items: [text('阿富汗'), text('和平')] }],
    ['合作 合作', text('合作')],
    ['ＦＡＴＦ ２０３０年', { kind: 'and', items: [text('fatf'), text('2030年')] }],
    ['《 》 、 合作', text('合作')],
    ['贩毒、武器走私', text('贩毒、武器走私')],
    ['反恐|反极端', { kind: 'or', items: [text('反恐'), text('反极端')] }],
    ['反恐 ｜ 反极端', { kind: 'or', items: [text('反恐'), text('反极端')] }],
    ['恐怖主义 -极端主义', { kind: 'and', items: [text('恐怖主义'), { kind: 'not', item: text('极端主义') }] }],
    ['2017-2020', text('2017-2020')],
    ['"上海精神"', text('上海精神')],
    ['"上海精神"。', text('上海精神。')],
    ['"a ""b"" c"', text('a "b" c')],
    ['"反恐 | 反极端"', text('反恐 | 反极端')],
    ['"构建*共同体"', text('构建*共同体')],
    ['构建*命运共同体', { kind: 'gap', before: '构建', after: '命运共同体' }],
    ['"上海 合作"*组织', { kind: 'gap', before: '上海 合作', after: '组织' }],
    ['構建*命運共同體', { kind: 'gap', before: '構建', after: '命運共同體' }],
    [
      '反恐 | 反极端 合作',
      { kind: 'and', items: [{ kind: 'or', items: [text('反恐'), text('反极端')] }, text('合作')] },
    ],
    [
      '反恐 | (反极端 合作)',
      { kind: 'or', items: [text('反恐'), { kind: 'and', items: [text('反极端'), text('合作')] }] },
    ],
    [
      '(反恐 | 反极端) -(阿富汗 | 叙利亚)',
      {
        kind: 'and',
        items: [
          { kind: 'or', items: [text('反恐'), text('反极端')] },
          { kind: 'not', item: { kind: 'or', items: [text('阿富汗'), text('叙利亚')] } },
        ],
      },
    ],
    ['合作 (-阿富汗 -和平)', { kind: 'and', items: [text('合作'), { kind: 'not', item: text('阿富汗') }, { kind: 'not', item: text('和平') }] }],
    ['（一）', text('(一)')],
    ['', { kind: 'and', items: [] }],
    ['   、 ', { kind: 'and', items: [] }],
  ])('reads %j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it.each([
    ['"unclosed', 0, '引号没有配对'],
    ['合作 "上海', 3, '引号没有配对'],
    ['-', 0, '- 后面缺少要排除的词'],
    ['合作 - 和平', 3, '- 后面缺少要排除的词'],
    ['反恐 |', 3, '| 的两边都要有检索词'],
    ['| 反恐', 0, '| 的两边都要有检索词'],
    ['反恐 || 反极端', 3, '| 的两边都要有检索词'],
    ['构建*', 2, '* 的两边都要有字词'],
    ['*共同体', 0, '* 的两边都要有字词'],
    ['构建*命运*共同体', 5, '只能有一个 *'],
    ['-极端主义', 0, '只有排除词'],
    ['-a -b', 0, '只有排除词'],
    ['反恐 | -极端主义', 0, '不能只是排除词'],
    ['合作 --和平', 3, '又一个排除'],
    ['(反恐 | 反极端', 0, '括号没有配对'],
    ['反恐)', 2, '多余的 )'],
    ['合作 ()', 3, '括号中没有检索词'],
    ['"。"', 0, '没有可检索的字'],
    ['、*。', 0, '没有可检索的字'],
  ])('explains %j in one line, with where', (input, at, message) => {
    const result = parseQuery(input);
    expect(isQueryError(result)).toBe(true);
    if (!isQueryError(result)) return;
    expect(result.at).toBe(at);
    expect(result.message).toContain(message);
    expect(result.message).not.toContain('\n');
  });

  it('never throws, whatever is typed', () => {
    const alphabet = ['合', '作', ' ', '"', '|', '-', '*', '(', ')', '、', '。', 'ａ', '｜', '＂'];
    for (let seed = 0; seed < 3000; seed += 1) {
      let input = '';
      for (let x = seed; input.length < 8 && x > 0; x = Math.floor(x / alphabet.length)) input += alphabet[x % alphabet.length];
      expect(() => parseQuery(input)).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { endsParagraph, joinLines, rebuildParagraphs, type SourceLine } from '../../scripts/lib/paragraphs.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
const texts = (text: string, breaks: 'sentence-end' | 'indentation' = 'sentence-end') =>
  rebuildParagraphs(lines(text), breaks).map((block) =>
    block.type === 'paragraph' ? joinLines(block.lines) : `${block.type === 'heading' ? '#' : '~'}${block.raw.trim()}`,
  );

describe('rebuildParagraphs, sentence-end', () => {
  it('keeps one paragraph per line when every line ends a sentence', () => {
    expect(texts('甲。\n乙！\n丙？')).toEqual(['甲。', '乙！', '丙？']);
  });

  it('joins a page break in the middle of a word', () => {
    expect(texts('支持阿富汗实现国\n\n家和平。\n\n下一段。')).toEqual(['支持阿富汗实现国家和平。', '下一段。']);
  });

  it.each([
    ['after an enumeration comma', '贸易畅通、\n\n资金融通。'],
    ['after a comma', '视频方式）成果，\n\n支持通过。'],
    ['inside an open title', '《2024—2025\n\n年落实联合行动计划》获得通过。'],
    ['inside parentheses', '(2016 年 11 月 2 日至 3 日,比什凯\n\n克)、外交部长会议。'],
  ])('joins a break %s', (_, text) => {
    expect(texts(text)).toHaveLength(1);
  });

  it('ends a paragraph at a colon that opens what follows', () => {
    expect(texts('并发表宣言如下：\n\n第一段。')).toHaveLength(2);
  });

  it('reports joins made across blank lines', () => {
    const [block] = rebuildParagraphs(lines('甲\n\n乙\n丙。'), 'sentence-end');
    expect(block.type === 'paragraph' && block.joinedAcrossBlank).toEqual([3]);
  });

  it('sets a section number apart as a heading', () => {
    expect(texts('一\n\n第一段。\n二\n第二段。')).toEqual(['#一', '第一段。', '#二', '第二段。']);
  });
});

describe('rebuildParagraphs, indentation', () => {
  const un = [' 十年前，关于成立上海合作组织的决', '', '定是历史性战略抉择。十年来，', '', '成效显著。 ', '', ' 上合组织成员国在 21 世纪初作出选', '', '择。 '].join('\n');

  it('opens on a leading space and closes on a trailing space, whatever the punctuation', () => {
    expect(texts(un, 'indentation')).toEqual([
      '十年前，关于成立上海合作组织的决定是历史性战略抉择。十年来，成效显著。',
      '上合组织成员国在 21 世纪初作出选择。',
    ]);
  });

  it('continues past a sentence end that has no trailing space', () => {
    expect(texts(' 通过了计划。\n\n经贸会晤促进了实现。 ', 'indentation')).toHaveLength(1);
  });

  it('treats a section number as a heading', () => {
    expect(texts('一 \n\n 第一段。 ', 'indentation')).toEqual(['#一', '第一段。']);
  });
});

describe('endsParagraph', () => {
  it.each(['完成。', '如下：', '（2014年）。', '“一带一路”。', '是吗?'])('%s ends', (text) => expect(endsParagraph(text)).toBe(true));
  it.each(['维护经', '贸易畅通、', '成果，', '《上'])('%s does not', (text) => expect(endsParagraph(text)).toBe(false));
});

describe('joinLines', () => {
  it('joins a number wrapped across lines without a space, and words with one', () => {
    expect(joinLines(lines('议定书（201\n4年）'))).toBe('议定书（2014年）');
    expect(joinLines(lines('Public\ndomain'))).toBe('Public domain');
    expect(joinLines(lines('当选2017\n-2018年'))).toBe('当选2017-2018年');
  });
});

describe('page numbers and section numbers in context', () => {
  it('sets aside a page number inside a page break', () => {
    const blocks = rebuildParagraphs(lines('维护经\n\n12\n\n济金融稳定。'), 'sentence-end');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'page-number']);
    expect(texts('维护经\n\n12\n\n济金融稳定。')).toEqual(['维护经济金融稳定。', '~12']);
  });

  it('keeps a number wrapped across lines as text', () => {
    expect(texts('议定书（201\n4年）。\n2\n017年。')).toEqual(['议定书（2014年）。', '2017年。']);
  });

  it('reads a numeral line inside an open sentence as text, not a heading', () => {
    expect(texts('元首们支持进\n\n一\n\n步深化合作。')).toEqual(['元首们支持进一步深化合作。']);
  });
});

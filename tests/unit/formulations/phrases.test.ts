import { describe, expect, it } from 'vitest';
import { phrasesOf, trimEdges, wordRuns } from '../../../src/lib/formulations/phrases.ts';

describe('phrasesOf', () => {
  it.each([
    ['items of a list, 、 on both sides', '加强政策沟通、贸易畅通、资金融通、民心相通，共同发展。', ['贸易畅通', '资金融通']],
    ['quoted terms, and every clause inside a quotation', '根据“一个地球，一个家园，一个未来”理念开展对话。', ['一个地球', '一个家园', '一个未来']],
    ['a clause between two ordinary commas is a sentence part, not a term', '与此同时，强权政治抬头，风险增多。', []],
    ['the text around a quoted term is context, not the term', '进一步提升其打击“三股势力”的合作效率。', ['三股势力']],
    ['book titles are instruments, not formulations', '成员国通过《睦邻互信、伙伴关系原则声明》。', []],
    ['dates and numbers in digits are not formulations', '见“2024年7月4日”、“二十周年”。', ['二十周年']],
    ['fewer than four or more than eight characters are a word or a sentence', '“和平”、“反对以对抗性思维解决国际问题”、“上海精神”', ['上海精神']],
  ])('%s', (_, text, expected) => {
    expect(phrasesOf(text)).toEqual(expected);
  });

  it('lists a phrase once, in order of first appearance', () => {
    expect(phrasesOf('“上海精神”、“合作共赢”、“上海精神”')).toEqual(['上海精神', '合作共赢']);
  });

  it('trims framing words at the edges of a list item', () => {
    expect(phrasesOf('坚持互信、以及文化文明多样性、平等。')).toEqual(['文化文明多样性']);
  });
});

describe('trimEdges', () => {
  it.each([
    ['以及边防联合行动', '边防联合行动'],
    ['成员国支持防止外空武器化', '防止外空武器化'],
    ['推动地区合作的', '推动地区合作'],
    // 和平 is one word: its 和 is not the conjunction.
    ['和平解决争端', '和平解决争端'],
  ])('%s → %s', (clause, trimmed) => {
    expect(trimEdges(clause)).toBe(trimmed);
  });
});

describe('wordRuns', () => {
  it('cuts at every mark of punctuation, inside titles too', () => {
    expect(wordRuns('甲乙，《丙丁》“戊”')).toEqual(['甲乙', '丙丁', '戊']);
  });
});

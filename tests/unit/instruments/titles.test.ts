import { describe, expect, it } from 'vitest';
import { findTitles, mapTitles } from '../../../src/lib/instruments/titles.ts';

const titles = (text: string) => findTitles(text).map(({ title }) => title);

describe('findTitles', () => {
  it.each([
    ['one title', '遵循《联合国宪章》的宗旨', ['联合国宪章']],
    ['two titles', '《不扩散核武器条约》和《中亚无核武器区条约》', ['不扩散核武器条约', '中亚无核武器区条约']],
    ['a title named inside with 〈〉', '落实《〈上合组织至2030年经济发展战略〉落实行动计划》', ['〈上合组织至2030年经济发展战略〉落实行动计划']],
    ['a title named inside with 《》: the outer one', '《〈甲〉乙《丙》丁》', ['〈甲〉乙《丙》丁']],
    ['a 》 with no 《 is text', '甲》乙《丙》', ['丙']],
    ['a 《 never closed is text; titles after it count', '甲《乙《丙》丁', ['丙']],
    ['an empty title is a span (mentions leave it out)', '《》', ['']],
    ['no title', '上海精神', []],
  ])('%s', (_case, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('gives each span from its 《 to just after its 》', () => {
    const text = '甲《乙》丙《丁〈戊〉》';
    for (const { title, start, end } of findTitles(text)) expect(text.slice(start, end)).toBe(`《${title}》`);
    expect(findTitles(text).map(({ start, end }) => [start, end])).toEqual([[1, 4], [5, 11]]);
  });
});

describe('mapTitles', () => {
  it('changes only what lies between outer title marks', () => {
    expect(mapTitles('<甲>《<乙>丙》<丁>', (title) => title.toUpperCase().replace('<', '[').replace('>', ']'))).toBe('<甲>《[乙]丙》<丁>');
    expect(mapTitles('无书名', () => 'x')).toBe('无书名');
  });
});

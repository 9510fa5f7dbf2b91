import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandParenthesizedNumerals } from '../../../scripts/lib/text/enumerators.ts';
import { nestTitleMarks } from '../../../scripts/lib/text/title-marks.ts';

describe('nestTitleMarks', () => {
  it('marks a title nested in 《》 with 〈〉', () => {
    expect(nestTitleMarks('《<上合组织至2030年经济发展战略>落实行动计划》')).toBe('《〈上合组织至2030年经济发展战略〉落实行动计划》');
  });

  it('leaves angle brackets outside title marks as text', () => {
    expect(nestTitleMarks('a < b > c')).toBe('a < b > c');
    expect(nestTitleMarks('《甲》<乙>')).toBe('《甲》<乙>');
  });
});

describe('expandParenthesizedNumerals', () => {
  it('spells ㈠…㈩ as （一）…（十）', () => {
    expect(expandParenthesizedNumerals('㈠ 本组织')).toBe('（一） 本组织');
    expect(expandParenthesizedNumerals('㈥㈩')).toBe('（六）（十）');
  });
});

describe('nestTitleMarks, now built on src/lib/instruments/titles.ts', () => {
  // The rule as it was written before titles.ts owned the title marks: on
  // text where no 《…》 holds another, the output must not change by a byte.
  const before = (text: string) => text.replace(/《[^《》]*》/g, (title) => title.replace(/</g, '〈').replace(/>/g, '〉'));

  it('gives the same text as before wherever titles do not nest', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('《', '》', '<', '>', '甲', '乙', ' ')).map((parts) => parts.join('')), (text) => {
        fc.pre(!/《[^》]*《/.test(text));
        expect(nestTitleMarks(text)).toBe(before(text));
      }),
    );
  });
});

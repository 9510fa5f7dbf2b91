import { describe, expect, it } from 'vitest';
import { foldTitle, instrumentKey, VARIANT_RULES } from '../../../src/lib/instruments/variants.ts';

// The examples are the corpus's own variants, written out here by hand: the
// rules' data is not the truth these tests check it against.
describe('foldTitle groups the ways the corpus writes one instrument', () => {
  it.each([
    ['上合组织宪章', '上海合作组织宪章'],
    ['上合组织反恐怖主义公约', '上海合作组织反恐怖主义公约'],
    ['上合组织成员国长期睦邻友好合作条约', '上海合作组织成员国长期睦邻友好合作条约'],
    ['联合国同上合组织的合作', '联合国同上海合作组织的合作'],
    ['上合组织成员国元首阿斯塔纳宣言', '上海合作组织成员国元首阿斯塔纳宣言'],
    ['〈上合组织至2030年经济发展战略〉落实行动计划', '上合组织至2030年经济发展战略落实行动计划'],
    ['<上合组织至2030年经济发展战略>落实行动计划', '〈上合组织至2030年经济发展战略〉落实行动计划'],
    ['联合国 宪章', '联合国宪章'],
    ['上合组织秘书处同联合国粮食及农业组织2024-2027年联合行动计划', '上合组织秘书处同联合国粮食及农业组织2024—2027年联合行动计划'],
    ['上合组织至２０２５年发展战略', '上合组织至2025年发展战略'],
  ])('《%s》 and 《%s》', (a, b) => {
    expect(foldTitle(a)).toBe(foldTitle(b));
  });

  it.each([
    ['上合组织至2030年经济发展战略', '〈上合组织至2030年经济发展战略〉落实行动计划'],
    ['上合组织反恐怖主义公约', '上合组织反极端主义公约'],
    ['上海合作组织宪章', '联合国宪章'],
    ['2016-2020年落实行动计划', '2016-2021年落实行动计划'],
  ])('keeps 《%s》 and 《%s》 apart', (a, b) => {
    expect(foldTitle(a)).not.toBe(foldTitle(b));
  });

  it('folds to the full name of the organisation, the one the instruments’ own titles use', () => {
    expect(foldTitle('上合组织宪章')).toBe('上海合作组织宪章');
    expect(foldTitle('2024—2025年〈上海合作组织成员国旅游合作发展纲要〉落实联合行动计划')).toBe('2024-2025年上海合作组织成员国旅游合作发展纲要落实联合行动计划');
  });

  it('is idempotent', () => {
    for (const title of ['上合组织 宪章', '2024—2025年〈上合组织〉纲要', '上合组织至２０２５年']) expect(foldTitle(foldTitle(title))).toBe(foldTitle(title));
  });
});

describe('VARIANT_RULES', () => {
  it.each(VARIANT_RULES.map((rule) => [rule.name, rule] as const))('%s: says why, and its example folds as stated by that rule alone', (_name, rule) => {
    expect(rule.reason.length).toBeGreaterThan(20);
    const [written, folded] = rule.example;
    expect(written).not.toBe(folded);
    expect(foldTitle(written, [rule])).toBe(folded);
  });
});

describe('instrumentKey', () => {
  it('is the folded title, readable in an address', () => {
    expect(instrumentKey('上合组织宪章')).toBe('上海合作组织宪章');
    expect(instrumentKey('联合国宪章')).toBe('联合国宪章');
  });

  it('replaces what a URL path reserves', () => {
    expect(instrumentKey('甲/乙?丙#丁%戊\\己')).toBe('甲-乙-丙-丁-戊-己');
  });

  it('is empty for a title that folds to nothing', () => {
    expect(instrumentKey(' 〈〉 ')).toBe('');
  });
});

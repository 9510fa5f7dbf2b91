import { describe, expect, it } from 'vitest';
import { normalizeInline } from '../../../scripts/lib/text/index.ts';

describe('normalizeInline', () => {
  it.each([
    ['上海合作组织(以下简称"上合组织"或"本组织")成员国', '上海合作组织（以下简称“上合组织”或“本组织”）成员国'],
    ['(2016 年 11 月 2 日至 3 日,比什凯克)', '（2016年11月2日至3日，比什凯克）'],
    [' ㈠ 本组织主要机构——元首理事会', '（一）本组织主要机构——元首理事会'],
    ['「上合组织-阿富汗联络组」', '“上合组织-阿富汗联络组”'],
    ['通过《<上合组织至 2030 年经济发展战略>落实行动计划》', '通过《〈上合组织至2030年经济发展战略〉落实行动计划》'],
    ['《2024—2029 年上合组织成员国禁毒战略》', '《2024—2029年上合组织成员国禁毒战略》'],
  ])('%s', (input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });

  it('keeps hyphens and dashes', () => {
    expect(normalizeInline('“上合组织－阿富汗”联络组，乔蓬-阿塔，2018—2028')).toBe('“上合组织－阿富汗”联络组，乔蓬-阿塔，2018—2028');
  });

  it('is idempotent', () => {
    const once = normalizeInline('元首们指出,应吸收"观察员国" ( 见附件 ) 和 2017 年 6 月');
    expect(normalizeInline(once)).toBe(once);
  });
});

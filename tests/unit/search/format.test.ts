import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/search/format.ts';

describe('formatDate', () => {
  it('writes a date the Chinese way, without leading zeros', () => {
    expect(formatDate('2017-06-09')).toBe('2017年6月9日');
    expect(formatDate('2011-06-15')).toBe('2011年6月15日');
    expect(formatDate('2024-07-04')).toBe('2024年7月4日');
  });
});

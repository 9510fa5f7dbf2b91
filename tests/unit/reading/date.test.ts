import { describe, expect, it } from 'vitest';
import { formatChineseDate, isoDate } from '../../../src/lib/reading/date.ts';

describe('formatChineseDate', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatChineseDate(new Date('2024-07-04'))).toBe('2024年7月4日');
    expect(formatChineseDate(new Date('2017-12-31'))).toBe('2017年12月31日');
  });

  it('keeps the calendar day of a date parsed as UTC midnight', () => {
    // 2011-06-15T00:00Z is still 14 June in America; the document's day must not move.
    expect(formatChineseDate(new Date('2011-06-15'))).toBe('2011年6月15日');
  });
});

describe('isoDate', () => {
  it('gives the machine-readable day', () => {
    expect(isoDate(new Date('2017-04-21'))).toBe('2017-04-21');
  });
});

import { describe, expect, it } from 'vitest';
import { dateParts, formatChineseDate, isoDate, localDay, slashedDate, utcMidnight, yearOf } from '../../src/lib/date.ts';

describe('the test run', () => {
  it('is in a time zone west of UTC (vitest.config.ts pins TZ), where UTC midnight is still the day before', () => {
    expect(new Date('2011-06-15').getDate()).toBe(14);
  });
});

describe('formatChineseDate', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatChineseDate(new Date('2024-07-04'))).toBe('2024年7月4日');
    expect(formatChineseDate(new Date('2017-12-31'))).toBe('2017年12月31日');
    expect(formatChineseDate('2017-06-09')).toBe('2017年6月9日');
  });

  it('keeps the calendar day of a date parsed as UTC midnight', () => {
    expect(formatChineseDate(new Date('2011-06-15'))).toBe('2011年6月15日');
    expect(formatChineseDate(new Date('2017-01-01'))).toBe('2017年1月1日');
  });
});

describe('isoDate and yearOf', () => {
  it('give the machine-readable day and its year, from a Date or a string', () => {
    expect(isoDate(new Date('2017-04-21'))).toBe('2017-04-21');
    expect(isoDate('2017-04-21')).toBe('2017-04-21');
    expect(yearOf(new Date('2017-01-01'))).toBe(2017);
    expect(yearOf('2024-07-04')).toBe(2024);
  });

  it('refuses what is not a calendar day', () => {
    expect(() => isoDate('2024-7-4')).toThrow(/not a calendar date/);
  });
});

describe('dateParts, slashedDate and utcMidnight', () => {
  it('split a calendar day into numbers, write it with slashes, and give its start in UTC', () => {
    expect(dateParts('2024-07-04')).toEqual([2024, 7, 4]);
    expect(dateParts(new Date('2011-06-15'))).toEqual([2011, 6, 15]);
    expect(() => dateParts('2024-7-4')).toThrow();
    expect(slashedDate(new Date('2024-07-04'))).toBe('2024/07/04');
    expect(utcMidnight('2011-06-15').toISOString()).toBe('2011-06-15T00:00:00.000Z');
  });
});

describe('localDay', () => {
  it('is the reader’s own calendar day, zero-padded, late in the evening too', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

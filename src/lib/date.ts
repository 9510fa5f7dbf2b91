/**
 * Document dates are calendar days. The content collection hands them over as
 * a Date at UTC midnight, search records and data files as "YYYY-MM-DD"; both
 * go through here, read as the calendar day they name in every time zone.
 */
export type CalendarDate = Date | string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2024-07-04 → "2024-07-04", for <time datetime> and data files. */
export function isoDate(date: CalendarDate): string {
  const iso = typeof date === 'string' ? date : date.toISOString().slice(0, 10);
  if (!ISO_DAY.test(iso)) throw new Error(`not a calendar date: ${String(date)}`);
  return iso;
}

function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const [, year, month, day] = ISO_DAY.exec(isoDate(date))!.map(Number);
  return { year, month, day };
}

/** The year of a date, as the year facet and the timeline group it. */
export function yearOf(date: CalendarDate): number {
  return parts(date).year;
}

/** 2024-07-04 → "2024年7月4日", the form Chinese documents and citations use. */
export function formatChineseDate(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

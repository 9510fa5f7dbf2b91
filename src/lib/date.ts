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

/** 2024-07-04 → [2024, 7, 4]. */
export function dateParts(date: CalendarDate): [number, number, number] {
  const [, year, month, day] = ISO_DAY.exec(isoDate(date))!.map(Number);
  return [year, month, day];
}

/** The year of a date, as the year facet and the timeline group it. */
export function yearOf(date: CalendarDate): number {
  return dateParts(date)[0];
}

/** 2024-07-04 → "2024年7月4日", the form Chinese documents and citations use. */
export function formatChineseDate(date: CalendarDate): string {
  const [year, month, day] = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** 2024-07-04 → "2024/07/04", the form of Highwire's citation_publication_date and RIS's DA. */
export function slashedDate(date: CalendarDate): string {
  return isoDate(date).replaceAll('-', '/');
}

/** The day as an instant, at its start in UTC (for feeds, which date instants). */
export function utcMidnight(date: CalendarDate): Date {
  return new Date(`${isoDate(date)}T00:00:00Z`);
}

/** The reader's own calendar day, "YYYY-MM-DD", in their time zone: the access date (引用日期) of a citation copied now. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

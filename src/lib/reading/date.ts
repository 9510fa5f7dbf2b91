// Collection dates are calendar dates ("2024-07-04") that Zod parses as UTC
// midnight; reading them in UTC keeps the day right in every build timezone.

/** 2024-07-04 → "2024年7月4日", the form Chinese citations use. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** 2024-07-04 → "2024-07-04", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

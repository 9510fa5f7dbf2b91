import { stringify } from 'csv-stringify/sync';
import type { ParagraphRow } from './schemas.ts';

/**
 * Serializations of the paragraph rows. CSV as spreadsheets expect it: UTF-8
 * with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends, a header row, every field quoted where RFC 4180 needs it.
 */
export const CSV_COLUMNS = ['document', 'n', 'permalink', 'text', 'section'] as const;

/** The columns of /data/instrument-mentions.csv, in the order. */
export const MENTION_COLUMNS = ['instrument', 'title', 'document', 'n', 'permalink'] as const;

export function paragraphsCsv(rows: readonly ParagraphRow[]): string {
  return csv(rows, CSV_COLUMNS);
}

/** Any rows as CSV, in this dialect: the given columns, in order, as the header. */
export function csv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return stringify(rows as T[], { bom: true, header: true, columns: [...columns], record_delimiter: 'windows' });
}

/** JSON Lines: one row per line, for streaming corpus tools. */
export function jsonl(rows: readonly object[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

export function paragraphsJsonl(rows: readonly ParagraphRow[]): string {
  return jsonl(rows);
}

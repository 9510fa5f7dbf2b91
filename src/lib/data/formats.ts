import type { ParagraphRow } from './schemas.ts';

/**
 * Serializations of rows. CSV as spreadsheets expect it: UTF-8 with a
 * byte-order mark (without it Excel reads Chinese as mojibake), CRLF line
 * ends, a header row, a field quoted where RFC 4180 needs it (a comma, a
 * quote or a line break in it; quotes doubled). One dialect for the build's
 * data files and the search export: written by hand because csv-stringify
 * cannot load in a browser (it calls Buffer.from when its module loads); the
 * tests check that it writes what csv-stringify writes.
 */
export const CSV_BOM = '\ufeff';
const CSV_RECORD_END = '\r\n';

function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, its line end included. */
export function csvRecord(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}${CSV_RECORD_END}`;
}

/** The first record of a CSV file: the byte-order mark and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return `${CSV_BOM}${csvRecord(columns)}`;
}

/** A whole CSV file of `rows`, their `columns` in this order (a missing value is an empty field). */
export function csv<Row extends object>(rows: Iterable<Row>, columns: readonly (keyof Row & string)[]): string {
  let text = csvHeader(columns);
  for (const row of rows) text += csvRecord(columns.map((column) => row[column]));
  return text;
}

export const CSV_COLUMNS = ['document', 'n', 'permalink', 'text', 'section'] as const;

/** The columns of /data/instrument-mentions.csv, in the order. */
export const MENTION_COLUMNS = ['instrument', 'title', 'document', 'n', 'permalink'] as const;

export function paragraphsCsv(rows: readonly ParagraphRow[]): string {
  return csv(rows, CSV_COLUMNS);
}

/** JSON Lines: one row per line, for streaming corpus tools. */
export function jsonl(rows: readonly object[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

export function paragraphsJsonl(rows: readonly ParagraphRow[]): string {
  return jsonl(rows);
}

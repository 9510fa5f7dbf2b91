import type { ParagraphRow } from './schemas.ts';

/**
 * CSV as spreadsheets expect it: UTF-8 with a byte-order mark (without it
 * Excel reads Chinese as mojibake), CRLF line ends, a header row, a field
 * quoted where RFC 4180 needs it (a comma, a quote, a line break), its
 * quotes doubled. Written here rather than with csv-stringify because the
 * browser writes CSV too (the trends export), and csv-stringify cannot load
 * there (it calls Node's Buffer as it loads); the tests parse every output
 * back with csv-parse.
 */
export function csv<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  const record = (fields: readonly unknown[]) => `${fields.map(csvField).join(',')}\r\n`;
  return `\ufeff${record(columns)}${rows.map((row) => record(columns.map((column) => row[column]))).join('')}`;
}

function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

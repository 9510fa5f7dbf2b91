import { stringify } from 'csv-stringify/sync';
import type { ParagraphRow } from './schemas.ts';

/**
 * Serializations of the paragraph rows. CSV as spreadsheets expect it: UTF-8
 * with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends, a header row, every field quoted where RFC 4180 needs it.
 */
export const CSV_COLUMNS = ['document', 'n', 'permalink', 'text', 'section'] as const;

export function paragraphsCsv(rows: readonly ParagraphRow[]): string {
  return stringify(rows as ParagraphRow[], { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
}

/** JSON Lines: one paragraph row per line, for streaming corpus tools. */
export function paragraphsJsonl(rows: readonly ParagraphRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

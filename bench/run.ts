// `npm run bench`: runs every bench/*.bench.ts against the built site and
// prints one table each. Each module's default export returns its table.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface BenchTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
  notes?: string[];
}

function printTable({ title, headers, rows, notes = [] }: BenchTable): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n## ${title}\n`);
  console.log(line(headers));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
  for (const note of notes) console.log(`\n${note}`);
}

const dir = import.meta.dirname;
const only = process.argv[2];
for (const name of (await readdir(dir)).filter((file) => file.endsWith('.bench.ts')).sort()) {
  if (only && name !== `${only}.bench.ts`) continue;
  const { default: bench } = (await import(path.join(dir, name))) as { default: () => Promise<BenchTable | BenchTable[]> };
  for (const table of [await bench()].flat()) printTable(table);
}

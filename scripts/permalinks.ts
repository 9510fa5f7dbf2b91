// `npm run permalinks`: rewrites tests/permalinks.txt from the current
// paragraph records. Run it only when a change to published anchors is
// intended, and say why in the commit message.
import { writeFile } from 'node:fs/promises';
import { readParagraphRecords } from '../src/content/paragraph-record.ts';
import { permalinkLines } from './lib/permalinks.ts';

const PERMALINKS_FILE = 'tests/permalinks.txt';

const records = await readParagraphRecords(process.cwd());
const header = '# Every published paragraph anchor and a hash of its text. Update with `npm run permalinks`, giving the reason in the commit.';
await writeFile(PERMALINKS_FILE, `${[header, ...permalinkLines(records)].join('\n')}\n`);
console.log(`wrote ${records.length} anchors to ${PERMALINKS_FILE}`);

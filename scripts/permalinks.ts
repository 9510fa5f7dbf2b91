// `npm run permalinks`: rewrites tests/permalinks.txt from the current
// paragraph records. Run it only when a change to published anchors is
// intended, and say why in the commit message.
import { readFile, writeFile } from 'node:fs/promises';
import { permalinkLines } from './lib/permalinks.ts';
import { GENERATED_DIR } from './normalize.ts';

export const PERMALINKS_FILE = 'tests/permalinks.txt';

const records = JSON.parse(await readFile(`${GENERATED_DIR}/paragraphs.json`, 'utf8'));
const header = '# Every published paragraph anchor and a hash of its text. Update with `npm run permalinks`, giving the reason in the commit.';
await writeFile(PERMALINKS_FILE, `${[header, ...permalinkLines(records)].join('\n')}\n`);
console.log(`wrote ${records.length} anchors to ${PERMALINKS_FILE}`);

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const COMMIT = '\u0000';

/**
 * The day of the newest commit that touched each file, from `git log
 * --name-only` output made with the format `%x00%cs` (newest commit first):
 * the first day a file is listed under is its last revision.
 */
export function parseRevisions(log: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const commit of log.split(COMMIT).slice(1)) {
    const [day, ...files] = commit.split('\n').map((line) => line.trim());
    for (const file of files) if (file && !days.has(file)) days.set(file, day);
  }
  return days;
}

/**
 * When each seed file (path from `root`, "seeds/…") was last committed: the
 * day a document was added or corrected, for the feed. One `git log` for the
 * whole folder. Empty outside a git checkout (a copy of the project, an
 * unpacked archive): the build does not need git, and the feed then falls
 * back to the adoption dates.
 */
export async function seedRevisions(root: string): Promise<Map<string, string>> {
  try {
    const { stdout } = await run('git', ['log', '--format=%x00%cs', '--name-only', '--relative', '--', 'seeds'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return parseRevisions(stdout);
  } catch {
    return new Map();
  }
}

/** The later of the last revisions of a document's seed and metadata files, if git knows either. */
export function documentRevision(revisions: ReadonlyMap<string, string>, seedFile: string): string | undefined {
  const days = [seedFile, seedFile.replace(/\.txt$/, '.yaml')].map((file) => revisions.get(file)).filter((day) => day !== undefined);
  return days.sort().at(-1);
}

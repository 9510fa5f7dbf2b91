// Run by scripts/lib/build-site.ts as a child process: one Astro build of the
// project in the working directory into the folder argv[2], at log level
// argv[3]. A process of its own, so that the memory Astro holds (about 2 GB
// at 1,000 documents) is given back before Pagefind builds the index.
//
// force: Astro keeps the documents' rendered HTML between builds and would
// not see a change to the Markdown processor or its plugins (src/markdown/),
// only to the files: every build renders them afresh, as a clean clone does.
import { build } from 'astro';

const [outDir, logLevel] = process.argv.slice(2);
await build({ root: process.cwd(), outDir, logLevel: logLevel as 'info' | 'warn' | 'error', force: true });

// Run by scripts/lib/build-site.ts as a child process: one Astro build of the
// project in the working directory into the folder argv[2], at log level
// argv[3]. A process of its own, so that the memory Astro holds (about 3 GB
// at 1,000 documents) is given back before Pagefind builds the index.
import { build } from 'astro';

const [outDir, logLevel] = process.argv.slice(2);
await build({ root: process.cwd(), outDir, logLevel: logLevel as 'info' | 'warn' | 'error' });

// `npm run normalize`: seeds/ → src/content/generated/ (see lib/write-corpus.ts).
import { writeCorpus } from './lib/write-corpus.ts';

process.exitCode = await writeCorpus(process.cwd());

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { GBT_STYLES, type GbtStyle } from '../helpers/citeproc.ts';
import { DIST } from '../helpers/dist.ts';
import { pageCitation } from '../helpers/page-citation.ts';

// Issue 17: pandoc --citeproc (Debian's pandoc 2.17; its own CSL processor,
// citeproc-hs) with the official GB/T 7714-2015 styles on every document's
// .csl.json and .bib, given the access date a reader adds, gives the page's
// citation. Optional, like TeX Live: skipped, with the reason in the name,
// where pandoc is not installed.
const ACCESSED = '2026-12-04';
const AUTHOR = '上海合作组织';
const CSL_DIR = path.join(import.meta.dirname, '../fixtures/csl');
const documents = [...(await readDocuments(path.join(DIST, '..'))).values()];
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

function pandocVersion(): string | undefined {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}
const version = pandocVersion();
const note = version ? '' : ' — SKIPPED: no pandoc (Debian: apt-get install pandoc)';
if (note) console.warn(`tests/build/citation-pandoc.test.ts${note}`);

/** The files of every document, with the access date added as a reference manager adds it. */
const sources = {
  'csl.json': () =>
    JSON.stringify(documents.flatMap(({ slug }) => JSON.parse(read(`data/${slug}.csl.json`)).map((item: object) => ({ ...item, accessed: { 'date-parts': [ACCESSED.split('-').map(Number)] } })))),
  bib: () => documents.map(({ slug }) => read(`data/${slug}.bib`).replace(/\}\n$/, `  urldate = {${ACCESSED}},\n}\n`)).join('\n'),
};

/** pandoc's bibliography of every document in a style, as plain text, an entry a line. */
function bibliography(format: keyof typeof sources, style: GbtStyle): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pandoc-'));
  try {
    const file = path.join(dir, `refs.${format === 'bib' ? 'bib' : 'json'}`);
    writeFileSync(file, sources[format]());
    const csl = path.join(CSL_DIR, `china-national-standard-gb-t-7714-2015-${style}.csl`);
    const output = execFileSync('pandoc', ['--citeproc', `--bibliography=${file}`, `--csl=${csl}`, '-f', 'markdown', '-t', 'plain', '--wrap=none'], { input: '---\nnocite: "@*"\n---\n', encoding: 'utf8' });
    return output.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(['csl.json', 'bib'] as const)(`pandoc --citeproc on every .%s${note}`, (format) => {
  it.skipIf(!version).each(GBT_STYLES)('%s: each entry is the page’s citation (numeric and note after their number; author-date with the year, and its a, b, after the author)', (style) => {
    const lines = bibliography(format, style);
    expect(lines).toHaveLength(documents.length);
    for (const { slug, date } of documents) {
      const page = pageCitation(slug).withAccess(ACCESSED);
      const line = lines.find((entry) => entry.includes(`/${slug}/.`));
      // In one bibliography the author-date style tells apart one author's works of a year as 2017a, 2017b (GB/T 7714-2015's 著者-出版年制 does so too).
      if (style === 'author-date') {
        expect(line).toMatch(/^上海合作组织, \d{4}[a-z]?\. /);
        expect(line!.replace(/^(上海合作组织, \d{4})[a-z]\. /, '$1. ')).toBe(`${AUTHOR}, ${date.toISOString().slice(0, 4)}. ${page.slice(`${AUTHOR}. `.length)}`);
      } else {
        expect(line).toMatch(/^\[\d+\] /);
        expect(line!.replace(/^\[\d+\] /, '')).toBe(page);
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/content/document-schema.ts';
import { DIST } from '../helpers/dist.ts';
import { pageCitation } from '../helpers/page-citation.ts';
import { bibtexEntries, biblatexEntries, kpsewhich } from '../helpers/tex.ts';

// Issue 17: each document's .bib through TeX Live's GB/T 7714-2015 styles —
// gbt7714-numerical.bst with `bibtex`, and biblatex-gb7714-2015 through
// biber — gives the page's citation, once the reader has added the day they
// accessed it (urldate), as they would in their .bib or reference manager.
// Optional: TeX Live is too large for CI's budget (see tests/helpers/tex.ts),
// so without it these tests are skipped and their names say why.
const ACCESSED = '2026-12-04';
const documents = [...(await readDocuments(path.join(DIST, '..'))).values()];
const withUrldate = (bib: string) => bib.replace(/\}\n$/, `  urldate = {${ACCESSED}},\n}\n`);
const bibOf = (slug: string) => withUrldate(readFileSync(path.join(DIST, `data/${slug}.bib`), 'utf8'));

const bst = kpsewhich('gbt7714-numerical.bst');
const bbx = kpsewhich('gb7714-2015.bbx') && kpsewhich('xstring.sty') && kpsewhich('luaotfload.sty');
const skipped = (reason: string) => ` — SKIPPED: ${reason}`;
const bibtexNote = bst ? '' : skipped('kpsewhich finds no gbt7714-numerical.bst (Debian: apt-get install texlive-bibtex-extra)');
const biblatexNote = bbx ? '' : skipped('no biblatex-gb7714-2015 with LuaLaTeX (Debian: texlive-bibtex-extra biber texlive-latex-extra texlive-luatex)');
for (const note of [bibtexNote, biblatexNote]) if (note) console.warn(`tests/build/citation-tex.test.ts${note}`);

// Every document's entry formatted in one run of each, on first use.
const allBibs = () => documents.map(({ slug }) => bibOf(slug)).join('\n');
const keys = documents.map(({ slug }) => `sco-${slug}`);
let formatted: Map<string, string> | undefined;
let typeset: string[] | undefined;
const bibtexFormatted = () => (formatted ??= bibtexEntries(allBibs(), keys, 'gbt7714-numerical'));
const typesetBiblatex = () => (typeset ??= biblatexEntries(allBibs(), keys));

describe.each(documents.map(({ slug }) => slug))('%s: the .bib in TeX Live’s GB/T 7714-2015 styles', (slug) => {
  const key = `sco-${slug}`;

  it.skipIf(!bst)(`bibtex with gbt7714-numerical.bst gives the page’s citation${bibtexNote}`, () => {
    expect(bibtexFormatted().get(key)).toBe(pageCitation(slug).withAccess(ACCESSED));
  });

  it.skipIf(!bbx)(`biblatex-gb7714-2015 (biber, LuaLaTeX) gives the page’s citation${biblatexNote}`, () => {
    // A line per entry, in the order cited, after its label (the numeric style's number, which the page leaves out).
    const lines = typesetBiblatex();
    expect(lines).toHaveLength(documents.length);
    const n = documents.findIndex((document) => document.slug === slug) + 1;
    expect(lines[n - 1]).toBe(`[${n}]${pageCitation(slug).withAccess(ACCESSED)}`);
    // The first test typesets the corpus: about 80 s for 1,000 documents (npm run bench -- citations).
  }, 600_000);
});

// `npm run bench -- citations` (after `npm run build`): the citation files
// (.csl.json, .bib, .ris) of the corpus and of 1,000 synthetic documents read
// by the real clients, timed, and counted against the page's GB/T 7714 text
// (formatGbt7714, which the build tests compare with the built pages):
//   - citeproc-js with the three official GB/T 7714-2015 CSL styles;
//   - citation-js reading the RIS and BibTeX files, rendered with the numeric style;
//   - where TeX Live has them (optional: too large for CI, see
//     tests/helpers/tex.ts), bibtex with gbt7714-numerical.bst and
//     biblatex-gb7714-2015 through biber and LuaLaTeX, one run for all entries.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import path from 'node:path';
import { readDocuments } from '../src/content/document-schema.ts';
import { formatBibtex } from '../src/lib/citation/bibtex.ts';
import { formatCslJson } from '../src/lib/citation/csl.ts';
import { formatGbt7714 } from '../src/lib/citation/gbt7714.ts';
import { formatRis } from '../src/lib/citation/ris.ts';
import { citationKey, citedWork, INSTITUTIONAL_AUTHOR, type CitedWork } from '../src/lib/citation/work.ts';
import { documentPath } from '../src/lib/urls.ts';
import { bibliographyEntry, firstCitation, withAccessDate } from '../tests/helpers/citeproc.ts';
import { biblatexEntries, bibtexEntries, kpsewhich } from '../tests/helpers/tex.ts';
import type { BenchTable } from './run.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = 'http://localhost:4321';
const ACCESSED = '2026-12-04';
const SYNTHETIC = 1000;

function syntheticWorks(n: number): CitedWork[] {
  const kinds = ['宣言', '新闻公报'];
  const places = ['阿斯塔纳', '上海', '比什凯克', '杜尚别', '塔什干', '新德里', '青岛'];
  return Array.from({ length: n }, (_, i) => {
    const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
    const date = `${2001 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return { slug, title: `上海合作组织成员国元首理事会第${i + 1}次会议${kinds[i % 2]}`, kind: kinds[i % 2], date, place: places[i % places.length], url: `${SITE}${documentPath(slug)}` };
  });
}

async function measure(label: string, works: CitedWork[]): Promise<(string | number)[][]> {
  const page = new Map(works.map((work) => [citationKey(work), formatGbt7714(work, ACCESSED)]));
  const rows: (string | number)[][] = [];
  const row = (client: string, ms: number, mismatches: number | string) => rows.push([label, works.length, client, Math.round(ms), (ms / works.length).toFixed(2), mismatches]);
  const time = <T>(run: () => T): [T, number] => {
    const start = performance.now();
    const result = run();
    return [result, performance.now() - start];
  };

  const [cslMismatches, cslMs] = time(() =>
    works.filter((work) => {
      const item = withAccessDate(JSON.parse(formatCslJson(work))[0], ACCESSED);
      const expected = page.get(citationKey(work))!;
      const authorDate = `${INSTITUTIONAL_AUTHOR}, ${work.date.slice(0, 4)}. ${expected.slice(`${INSTITUTIONAL_AUTHOR}. `.length)}`;
      return bibliographyEntry('numeric', item) !== `[1] ${expected}` || firstCitation('note', item) !== expected || bibliographyEntry('author-date', item) !== authorDate;
    }).length,
  );
  row('citeproc-js: numeric, note, author-date on .csl.json', cslMs, cslMismatches);

  for (const [format, write] of [
    ['RIS', formatRis],
    ['BibTeX', formatBibtex],
  ] as const) {
    const start = performance.now();
    let mismatches = 0;
    for (const work of works) {
      const [{ _graph, ...item }] = (await Cite.async(write(work))).data;
      if (bibliographyEntry('numeric', withAccessDate({ ...item, id: work.slug }, ACCESSED)) !== `[1] ${page.get(citationKey(work))}`) mismatches++;
    }
    row(`citation-js ${format} → citeproc-js numeric`, performance.now() - start, mismatches);
  }

  const bib = works.map((work) => formatBibtex(work).replace(/\}\n$/, `  urldate = {${ACCESSED}},\n}\n`)).join('\n');
  const keys = works.map(citationKey);
  if (kpsewhich('gbt7714-numerical.bst')) {
    const [entries, ms] = time(() => bibtexEntries(bib, keys, 'gbt7714-numerical'));
    row('bibtex + gbt7714-numerical.bst', ms, keys.filter((key) => entries.get(key) !== page.get(key)).length);
  } else row('bibtex + gbt7714-numerical.bst', NaN, 'not installed (texlive-bibtex-extra)');
  if (kpsewhich('gb7714-2015.bbx') && kpsewhich('xstring.sty') && kpsewhich('luaotfload.sty')) {
    const [lines, ms] = time(() => biblatexEntries(bib, keys));
    row('biber + biblatex-gb7714-2015 (LuaLaTeX, 2 runs)', ms, keys.filter((key, i) => lines[i] !== `[${i + 1}]${page.get(key)}`).length);
  } else row('biber + biblatex-gb7714-2015', NaN, 'not installed (texlive-bibtex-extra biber texlive-latex-extra texlive-luatex)');
  return rows;
}

export default async function citations(): Promise<BenchTable> {
  const corpus = [...(await readDocuments(ROOT)).values()].map((document) => citedWork(document, `${SITE}${documentPath(document.slug)}`));
  return {
    title: 'Citation files in the real clients',
    headers: ['corpus', 'documents', 'client', 'ms', 'ms / document', 'differences from the page'],
    rows: [...(await measure('seeds', corpus)), ...(await measure('synthetic', syntheticWorks(SYNTHETIC)))],
    notes: ['Differences: entries whose output is not the page’s GB/T 7714 citation (author-date: its own order of the same elements). citeproc-js keeps one engine per style.'],
  };
}
